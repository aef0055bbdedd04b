import { defaultAudiences, programmeErrors, ProgrammeShape } from './programme-rules';

const NOW = new Date('2026-03-01T00:00:00Z');
const base: ProgrammeShape = { kind: 'internal', audiences: ['employee_permanent'], startsAt: null, endsAt: null, vacancyScope: 'all_open', vacancyIds: [] };
const fields = (p: Partial<ProgrammeShape>, isNew = true) => programmeErrors({ ...base, ...p }, NOW, isNew).map((e) => e.field);

describe('programme rules', () => {
  it('defaults audiences to everything the kind allows', () => {
    expect(defaultAudiences('internal')).toEqual(['employee_permanent', 'employee_flex']);
    expect(defaultAudiences('external')).toEqual(['external_referrer']);
    expect(defaultAudiences('combined')).toHaveLength(4);
  });

  it('accepts a valid programme', () => {
    expect(fields({})).toEqual([]);
    expect(fields({ kind: 'combined', audiences: ['alumnus', 'employee_flex'], endsAt: new Date('2026-04-01T00:00:00Z') })).toEqual([]);
  });

  it('refuses audiences that do not fit the kind', () => {
    expect(fields({ kind: 'internal', audiences: ['alumnus'] })).toEqual(['audiences']);
    expect(fields({ kind: 'external', audiences: ['employee_permanent'] })).toEqual(['audiences']);
  });

  it('wants endsAt after startsAt, and in the future for a new programme only', () => {
    expect(fields({ startsAt: new Date('2026-05-01'), endsAt: new Date('2026-04-01') })).toEqual(['endsAt']);
    expect(fields({ endsAt: new Date('2026-02-01') })).toEqual(['endsAt']);
    expect(fields({ endsAt: new Date('2026-02-01') }, false)).toEqual([]);
  });

  it('needs vacancies for a selected scope and refuses them for all open', () => {
    expect(fields({ vacancyScope: 'selected' })).toEqual(['vacancyIds']);
    expect(fields({ vacancyScope: 'all_open', vacancyIds: ['x'] })).toEqual(['vacancyIds']);
    expect(fields({ vacancyScope: 'selected', vacancyIds: ['x'] })).toEqual([]);
  });
});
