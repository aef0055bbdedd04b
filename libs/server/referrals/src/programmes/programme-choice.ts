import type { Audience, ProgrammeKind, Role, VacancyScope } from '@kring/shared-domain';

/** What the choice between programmes needs to know about one programme. */
export interface ProgrammeFacts {
  id: string;
  audiences: readonly Audience[];
  vacancyScope: VacancyScope;
  startsAt: Date | null;
  endsAt: Date | null;
  createdAt: Date;
  archivedAt: Date | null;
}

export type ProgrammeStatus = 'scheduled' | 'active' | 'ended' | 'archived';

export type Refusal = {
  ok: false;
  code: 'referrer_not_eligible' | 'programme_ended' | 'no_programme_applies' | 'vacancy_not_open';
  message: string;
};
export type Choice<P> = { ok: true; programme: P } | Refusal;

/**
 * The audiences a user belongs to. The employee role counts as `employee_flex` for people on a flex contract
 * and as `employee_permanent` otherwise (also when the contract is unknown); hr_admin alone admits to nothing.
 */
export function audiencesOf(roles: readonly Role[], employmentType: 'permanent' | 'flex' | null): Audience[] {
  const audiences: Audience[] = [];
  if (roles.includes('employee')) audiences.push(employmentType === 'flex' ? 'employee_flex' : 'employee_permanent');
  if (roles.includes('alumnus')) audiences.push('alumnus');
  if (roles.includes('external_referrer')) audiences.push('external_referrer');
  return audiences;
}

export const isAction = (p: Pick<ProgrammeFacts, 'endsAt'>) => p.endsAt !== null;

export function statusOf(p: Pick<ProgrammeFacts, 'startsAt' | 'endsAt' | 'archivedAt'>, now: Date): ProgrammeStatus {
  if (p.archivedAt) return 'archived';
  if (p.startsAt && p.startsAt.getTime() > now.getTime()) return 'scheduled';
  if (p.endsAt && p.endsAt.getTime() <= now.getTime()) return 'ended';
  return 'active';
}

export const isRunning = (p: ProgrammeFacts, now: Date) => statusOf(p, now) === 'active';

export const admits = (p: Pick<ProgrammeFacts, 'audiences'>, audiences: readonly Audience[]) =>
  p.audiences.some((a) => audiences.includes(a));

/**
 * Whether a programme's vacancy scope covers a referral. `vacancy` is null for a general referral (talent
 * pool), which every programme covers; otherwise it says which programmes select the (open) vacancy.
 */
export const covers = (p: ProgrammeFacts, vacancy: { selectedBy: ReadonlySet<string> } | null) =>
  vacancy === null || p.vacancyScope === 'all_open' || vacancy.selectedBy.has(p.id);

/**
 * Orders running programmes that all apply to one referral, best first. The rule that picks exactly one:
 * 1. a referral action (has an end date) beats an ongoing programme: actions are campaigns HR set up on purpose;
 * 2. a programme that selects the vacancy explicitly beats one that covers all open vacancies;
 * 3. the programme that started most recently (startsAt, else createdAt) wins;
 * 4. the lowest id breaks any remaining tie.
 * See docs/developer/referral-programmes.md.
 */
export function compareProgrammes(a: ProgrammeFacts, b: ProgrammeFacts, selectedBy: ReadonlySet<string>): number {
  const action = Number(isAction(b)) - Number(isAction(a));
  if (action) return action;
  const selects = Number(selectedBy.has(b.id)) - Number(selectedBy.has(a.id));
  if (selects) return selects;
  const started = (b.startsAt ?? b.createdAt).getTime() - (a.startsAt ?? a.createdAt).getTime();
  if (started) return started;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The best of the given programmes (all of which apply), or undefined when there are none. */
export function pickProgramme<P extends ProgrammeFacts>(applicable: readonly P[], selectedBy: ReadonlySet<string>): P | undefined {
  return [...applicable].sort((a, b) => compareProgrammes(a, b, selectedBy))[0];
}

/**
 * Chooses the programme under which a referrer refers for an open vacancy (or makes a general referral when
 * `vacancy` is null), or says why none applies:
 * - no non-archived programme admits any of the referrer's audiences: `referrer_not_eligible`;
 * - one would have applied but its action has ended, and nothing else applies: `programme_ended`;
 * - otherwise (not started yet, or the vacancy is outside every admitting programme's scope): `no_programme_applies`.
 */
export function chooseProgramme<P extends ProgrammeFacts>(
  programmes: readonly P[],
  audiences: readonly Audience[],
  vacancy: { selectedBy: ReadonlySet<string> } | null,
  now: Date,
): Choice<P> {
  const admitting = programmes.filter((p) => !p.archivedAt && admits(p, audiences));
  if (!admitting.length) {
    return { ok: false, code: 'referrer_not_eligible', message: 'No referral programme of this organisation admits you' };
  }
  const covering = admitting.filter((p) => covers(p, vacancy));
  const selectedBy = vacancy?.selectedBy ?? new Set<string>();
  const best = pickProgramme(
    covering.filter((p) => isRunning(p, now)),
    selectedBy,
  );
  if (best) return { ok: true, programme: best };
  const ended = covering
    .filter((p) => statusOf(p, now) === 'ended')
    .sort((a, b) => b.endsAt!.getTime() - a.endsAt!.getTime())[0];
  if (ended) {
    return {
      ok: false,
      code: 'programme_ended',
      message: `The referral action ended on ${ended.endsAt!.toISOString().slice(0, 10)}`,
    };
  }
  return {
    ok: false,
    code: 'no_programme_applies',
    message: vacancy ? 'No running referral programme covers this vacancy' : 'No referral programme is running',
  };
}

/**
 * The programme a referral by HR from Search & Match (source 'match') is filed under. HR belongs to no audience and
 * earns no reward, so audiences do not count; the programme gives the referral its consent deadline and groups it in
 * the statistics. Among the non-archived programmes running at `now`:
 * 1. the vacancy's own programme: one that selects the vacancy explicitly (any kind);
 * 2. else an internal or combined programme covering all open vacancies (HR's sourcing is internal, never external);
 * ties within a step are broken by `compareProgrammes` (action first, most recently started, lowest id).
 * Undefined when neither exists (the caller refuses). See docs/developer/match-actions.md.
 */
export function chooseMatchProgramme<P extends ProgrammeFacts & { kind: ProgrammeKind }>(
  programmes: readonly P[],
  vacancy: { selectedBy: ReadonlySet<string> },
  now: Date,
): P | undefined {
  const running = programmes.filter((p) => isRunning(p, now));
  const own = running.filter((p) => p.vacancyScope === 'selected' && vacancy.selectedBy.has(p.id));
  if (own.length) return pickProgramme(own, vacancy.selectedBy);
  return pickProgramme(
    running.filter((p) => p.vacancyScope === 'all_open' && p.kind !== 'external'),
    vacancy.selectedBy,
  );
}
