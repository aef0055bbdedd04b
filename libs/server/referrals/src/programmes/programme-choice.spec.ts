import { audiencesOf, chooseProgramme, compareProgrammes, ProgrammeFacts, statusOf } from './programme-choice';

const NOW = new Date('2026-03-01T12:00:00Z');
const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

const programme = (id: string, overrides: Partial<ProgrammeFacts> = {}): ProgrammeFacts => ({
  id,
  audiences: ['employee_permanent', 'employee_flex'],
  vacancyScope: 'all_open',
  startsAt: null,
  endsAt: null,
  createdAt: day(-100),
  archivedAt: null,
  ...overrides,
});
const vacancy = (...selectedBy: string[]) => ({ selectedBy: new Set(selectedBy) });
const pick = (programmes: ProgrammeFacts[], v = vacancy()) => {
  const choice = chooseProgramme(programmes, ['employee_permanent'], v, NOW);
  return choice.ok ? choice.programme.id : choice.code;
};

describe('audiencesOf', () => {
  it.each([
    [['employee'], 'permanent', ['employee_permanent']],
    [['employee'], 'flex', ['employee_flex']],
    [['employee'], null, ['employee_permanent']],
    [['alumnus'], null, ['alumnus']],
    [['external_referrer'], null, ['external_referrer']],
    [['hr_admin'], 'permanent', []],
    [['hr_admin', 'employee', 'alumnus'], 'flex', ['employee_flex', 'alumnus']],
  ] as const)('%j with contract %s → %j', (roles, contract, expected) => {
    expect(audiencesOf(roles, contract)).toEqual(expected);
  });
});

describe('statusOf', () => {
  it('derives scheduled, active, ended and archived', () => {
    expect(statusOf({ startsAt: day(1), endsAt: null, archivedAt: null }, NOW)).toBe('scheduled');
    expect(statusOf({ startsAt: day(-1), endsAt: day(1), archivedAt: null }, NOW)).toBe('active');
    expect(statusOf({ startsAt: null, endsAt: NOW, archivedAt: null }, NOW)).toBe('ended');
    expect(statusOf({ startsAt: null, endsAt: null, archivedAt: day(-1) }, NOW)).toBe('archived');
  });
});

describe('the rule that picks one programme', () => {
  it('1. prefers a running referral action over an ongoing programme, even one that selects the vacancy', () => {
    const ongoingSelected = programme('a', { vacancyScope: 'selected', startsAt: day(-1) });
    const action = programme('b', { startsAt: day(-30), endsAt: day(10) });
    expect(pick([ongoingSelected, action], vacancy('a'))).toBe('b');
  });

  it('2. prefers a programme selecting the vacancy over one covering all open vacancies, even if older', () => {
    const all = programme('a', { startsAt: day(-1) });
    const selected = programme('b', { vacancyScope: 'selected', startsAt: day(-50) });
    expect(pick([all, selected], vacancy('b'))).toBe('b');
  });

  it('3. then the one that started most recently, using createdAt when there is no start', () => {
    const older = programme('a', { startsAt: day(-20) });
    const newer = programme('b', { startsAt: null, createdAt: day(-5) });
    expect(pick([older, newer])).toBe('b');
    expect(pick([programme('c', { startsAt: day(-2) }), newer])).toBe('c');
  });

  it('4. finally the lowest id', () => {
    const same = { startsAt: day(-3) };
    expect(pick([programme('b', same), programme('a', same)])).toBe('a');
    expect(compareProgrammes(programme('a', same), programme('a', same), new Set())).toBe(0);
  });

  it('ignores programmes that do not admit the referrer, are archived, not started, ended or out of scope', () => {
    const best = programme('z', { startsAt: day(-90) });
    const others = [
      programme('a', { audiences: ['alumnus'], startsAt: day(-1), endsAt: day(5) }),
      programme('b', { archivedAt: day(-1), endsAt: day(5) }),
      programme('c', { startsAt: day(1), endsAt: day(5) }),
      programme('d', { startsAt: day(-10), endsAt: day(-1) }),
      programme('e', { vacancyScope: 'selected', startsAt: day(-1) }),
    ];
    expect(pick([...others, best])).toBe('z');
  });

  it('lets every programme cover a general referral (no vacancy)', () => {
    const selected = programme('a', { vacancyScope: 'selected', endsAt: day(3) });
    const choice = chooseProgramme([selected], ['employee_permanent'], null, NOW);
    expect(choice).toEqual({ ok: true, programme: selected });
  });
});

describe('refusals', () => {
  it('referrer_not_eligible when no programme admits the audiences at all', () => {
    expect(pick([programme('a', { audiences: ['alumnus'] })])).toBe('referrer_not_eligible');
    expect(pick([programme('a', { archivedAt: day(-1) })])).toBe('referrer_not_eligible');
    expect(chooseProgramme([programme('a')], [], vacancy(), NOW).ok).toBe(false);
  });

  it('programme_ended with the end date when only an ended action would have applied', () => {
    const choice = chooseProgramme(
      [programme('a', { startsAt: day(-30), endsAt: new Date('2026-02-20T17:00:00Z') }), programme('b', { vacancyScope: 'selected' })],
      ['employee_flex'],
      vacancy(),
      NOW,
    );
    expect(choice).toEqual({ ok: false, code: 'programme_ended', message: expect.stringContaining('2026-02-20') });
  });

  it('no_programme_applies when an admitting programme has not started or does not cover the vacancy', () => {
    expect(pick([programme('a', { startsAt: day(2) })])).toBe('no_programme_applies');
    expect(pick([programme('a', { vacancyScope: 'selected' })], vacancy('other'))).toBe('no_programme_applies');
  });

  it('prefers applying over refusing: an ended action does not block a running programme', () => {
    expect(pick([programme('a', { endsAt: day(-1) }), programme('b')])).toBe('b');
  });
});
