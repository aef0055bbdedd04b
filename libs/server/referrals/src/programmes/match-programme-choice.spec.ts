import type { ProgrammeKind } from '@kring/shared-domain';
import { chooseMatchProgramme, ProgrammeFacts } from './programme-choice';

const NOW = new Date('2026-03-01T12:00:00Z');
const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

type Facts = ProgrammeFacts & { kind: ProgrammeKind };
const programme = (id: string, overrides: Partial<Facts> = {}): Facts => ({
  id,
  kind: 'internal',
  audiences: ['employee_permanent', 'employee_flex'],
  vacancyScope: 'all_open',
  startsAt: null,
  endsAt: null,
  createdAt: day(-100),
  archivedAt: null,
  ...overrides,
});
const pick = (programmes: Facts[], ...selectedBy: string[]) => chooseMatchProgramme(programmes, { selectedBy: new Set(selectedBy) }, NOW)?.id ?? null;

describe('chooseMatchProgramme (HR referring a matched person)', () => {
  it("prefers the programme that selects the vacancy, of any kind, over the organisation's general programme", () => {
    const general = programme('general', { startsAt: day(-1) });
    const own = programme('own', { kind: 'external', audiences: ['external_referrer'], vacancyScope: 'selected', createdAt: day(-300) });
    expect(pick([general, own], 'own')).toBe('own');
    // A selecting programme that does not select this vacancy is not the vacancy's programme.
    expect(pick([general, own])).toBe('general');
  });

  it('falls back to an internal or combined programme covering all open vacancies, never an external one', () => {
    expect(pick([programme('ext', { kind: 'external', audiences: ['external_referrer'] })])).toBeNull();
    expect(pick([programme('ext', { kind: 'external', audiences: ['external_referrer'], startsAt: day(-1) }), programme('comb', { kind: 'combined' })])).toBe('comb');
  });

  it('ignores archived, scheduled and ended programmes, and refuses (undefined) when nothing runs', () => {
    const archived = programme('archived', { archivedAt: day(-1) });
    const scheduled = programme('scheduled', { startsAt: day(1) });
    const ended = programme('ended', { endsAt: day(-1) });
    expect(pick([archived, scheduled, ended])).toBeNull();
    expect(pick([archived, scheduled, ended, programme('running')])).toBe('running');
    expect(pick([programme('own-ended', { vacancyScope: 'selected', endsAt: day(-1) }), programme('running')], 'own-ended')).toBe('running');
  });

  it('breaks ties like the referral rule: an action first, then the most recently started, then the lowest id', () => {
    const ongoing = programme('b-ongoing', { startsAt: day(-1) });
    const action = programme('c-action', { startsAt: day(-50), endsAt: day(10) });
    expect(pick([ongoing, action])).toBe('c-action');
    expect(pick([programme('x', { startsAt: day(-5) }), programme('y', { startsAt: day(-2) })])).toBe('y');
    expect(pick([programme('b'), programme('a')])).toBe('a');
  });
});
