import { addMonths, businessDate } from '../scheduling/business-date';
import { amountOf, audienceOf, brokenCondition, dueOn } from './milestone-rules';
import { DEFAULT_CONDITIONS, type Milestone } from './reward-rule';

const hire = { hiredOn: '2026-01-10', startDate: '2026-01-31', probationMonths: 1 };
const milestone = (overrides: Partial<Milestone> = {}): Milestone => ({
  key: 'start',
  trigger: 'started',
  amounts: { employee: { money: 50_000, points: 100 }, alumnus: { money: 25_000 } },
  ...overrides,
});
const facts = { referrerStatus: 'active', referrerUserId: 'u1', referrerRoles: ['employee'] as const, hiringManagerUserId: null, hireLeftOn: null };

describe('milestone rules', () => {
  it('computes due days per trigger, clamping months to the end of a shorter month', () => {
    expect(dueOn({ trigger: 'hired' }, hire)).toBe('2026-01-10');
    expect(dueOn({ trigger: 'started' }, hire)).toBe('2026-01-31');
    expect(dueOn({ trigger: 'probation_passed' }, hire)).toBe('2026-02-28');
    expect(dueOn({ trigger: 'days_after_start', days: 90 }, hire)).toBe('2026-05-01');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
  });

  it('takes the Amsterdam calendar day, not the UTC one', () => {
    expect(businessDate(new Date('2026-03-31T22:30:00Z'))).toBe('2026-04-01'); // 00:30 CEST
    expect(businessDate(new Date('2026-01-15T22:59:00Z'))).toBe('2026-01-15'); // 23:59 CET
  });

  it('picks amounts per audience and applies a hard-to-fill bonus or multiplier', () => {
    expect(audienceOf(['alumnus'])).toBe('alumnus');
    expect(audienceOf(['alumnus', 'employee'])).toBe('employee');
    expect(audienceOf(['hr_admin'])).toBe('employee');
    expect(audienceOf(['external_referrer'])).toBe('external_referrer');
    expect(amountOf(milestone(), 'employee', null, true)).toEqual({ money: 50_000, points: 100 });
    expect(amountOf(milestone(), 'alumnus', { kind: 'bonus', value: 10_000 }, false)).toEqual({ money: 25_000, points: 0 });
    expect(amountOf(milestone(), 'alumnus', { kind: 'bonus', value: 10_000 }, true)).toEqual({ money: 35_000, points: 0 });
    expect(amountOf(milestone(), 'employee', { kind: 'multiplier', value: 1.25 }, true)).toEqual({ money: 62_500, points: 125 });
    expect(amountOf(milestone({ amounts: { employee: { money: 333 } } }), 'employee', { kind: 'multiplier', value: 1.5 }, true).money).toBe(500);
    expect(amountOf(milestone(), 'external_referrer', { kind: 'bonus', value: 10_000 }, true)).toEqual({ money: 0, points: 0 });
  });

  it('names the broken condition, honouring switched-off conditions', () => {
    expect(brokenCondition(DEFAULT_CONDITIONS, facts, '2026-03-01')).toBeNull();
    expect(brokenCondition(DEFAULT_CONDITIONS, { ...facts, referrerStatus: 'deactivated' }, '2026-03-01')).toBe('referrer_inactive');
    expect(brokenCondition({ ...DEFAULT_CONDITIONS, referrerActive: false }, { ...facts, referrerStatus: 'deactivated' }, '2026-03-01')).toBeNull();
    expect(brokenCondition(DEFAULT_CONDITIONS, { ...facts, hireLeftOn: '2026-02-27' }, '2026-02-28')).toBe('hire_left');
    expect(brokenCondition(DEFAULT_CONDITIONS, { ...facts, hireLeftOn: '2026-02-28' }, '2026-02-28')).toBeNull(); // employed on the due day
    expect(brokenCondition(DEFAULT_CONDITIONS, { ...facts, hiringManagerUserId: 'u1' }, '2026-03-01')).toBe('hiring_team');
    expect(brokenCondition(DEFAULT_CONDITIONS, { ...facts, referrerRoles: ['hr_admin'] }, '2026-03-01')).toBe('hiring_team');
    expect(brokenCondition({ ...DEFAULT_CONDITIONS, excludeHiringTeam: false }, { ...facts, referrerRoles: ['hr_admin'] }, '2026-03-01')).toBeNull();
  });
});
