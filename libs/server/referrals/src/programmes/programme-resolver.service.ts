import { Injectable } from '@nestjs/common';
import { OrganisationId, Tx } from '@kring/server-database';
import { Audience, DomainError, ErrorCodes, ErrorKind, Role } from '@kring/shared-domain';
import { ProgrammeEntity } from '../entities';
import { VacanciesRepository } from '../vacancies/vacancies.repository';
import { audiencesOf, chooseMatchProgramme, chooseProgramme, Choice, Refusal } from './programme-choice';
import { ProgrammesRepository } from './programmes.repository';

export type ProgrammeResolution = Choice<ProgrammeEntity>;
export type { Refusal as ProgrammeRefusal } from './programme-choice';

const REFUSAL_KIND: Record<Refusal['code'], ErrorKind> = {
  referrer_not_eligible: 'forbidden',
  no_programme_applies: 'conflict',
  programme_ended: 'gone',
  vacancy_not_open: 'conflict',
};
const REFUSAL_CODE = {
  referrer_not_eligible: ErrorCodes.referrerNotEligible,
  no_programme_applies: ErrorCodes.noProgrammeApplies,
  programme_ended: ErrorCodes.programmeEnded,
  vacancy_not_open: ErrorCodes.vacancyNotOpen,
} as const satisfies Record<Refusal['code'], string>;

/** The problem to answer with when no programme applies: 403 not eligible, 410 action ended, 409 otherwise. */
export const refusalError = (refusal: Refusal) => new DomainError(REFUSAL_KIND[refusal.code], REFUSAL_CODE[refusal.code], refusal.message);

/**
 * Decides under which programme a referral falls. Candidates are the organisation's non-archived programmes
 * that admit one of the referrer's audiences, cover the vacancy (all open vacancies, or a selection; a general
 * referral is covered by every programme) and are running at `now`. Of those, exactly one is picked:
 * 1. a referral action (has an end date) beats an ongoing programme;
 * 2. a programme selecting the vacancy explicitly beats one covering all open vacancies;
 * 3. the one that started most recently (startsAt, else createdAt) wins;
 * 4. the lowest id breaks a tie.
 * Refusals: `vacancy_not_open`, `referrer_not_eligible` (no programme admits the audiences at all),
 * `programme_ended` (only an ended action would have applied; the message names the date), else
 * `no_programme_applies`. See docs/developer/referral-programmes.md.
 */
@Injectable()
export class ProgrammeResolver {
  constructor(
    private readonly programmes: ProgrammesRepository,
    private readonly vacancies: VacanciesRepository,
  ) {}

  /** employee → employee_flex on a flex contract, else employee_permanent; alumnus; external_referrer. hr_admin alone: none. */
  audiencesOf(roles: Role[], employmentType: 'permanent' | 'flex' | null): Audience[] {
    return audiencesOf(roles, employmentType);
  }

  /** The audiences of a signed-in user, reading the contract type from their person record. */
  async audiencesOfUser(
    organisationId: OrganisationId,
    user: { roles: Role[]; personId: string },
    tx?: Tx,
  ): Promise<Audience[]> {
    if (!user.roles.includes('employee')) return audiencesOf(user.roles, null);
    return audiencesOf(user.roles, await this.programmes.employmentTypeOf(organisationId, user.personId, tx));
  }

  async resolve(
    organisationId: OrganisationId,
    referrer: { userId: string; audiences: Audience[] },
    vacancyId: string | null,
    now: Date,
    tx?: Tx,
  ): Promise<ProgrammeResolution> {
    if (vacancyId !== null && (await this.vacancies.findStatus(organisationId, vacancyId, tx)) !== 'open') {
      return { ok: false, code: 'vacancy_not_open', message: 'This vacancy is not open for referrals' };
    }
    const programmes = await this.programmes.listUnarchived(organisationId, tx);
    let vacancy: { selectedBy: ReadonlySet<string> } | null = null;
    if (vacancyId !== null) {
      const ids = programmes.filter((p) => p.vacancyScope === 'selected').map((p) => p.id);
      const selections = await this.programmes.selectionsOf(organisationId, ids, [vacancyId], tx);
      vacancy = { selectedBy: selections.get(vacancyId)! };
    }
    return chooseProgramme(programmes, referrer.audiences, vacancy, now);
  }

  /**
   * The programme for HR referring a person Search & Match found (source 'match'): the running programme that selects
   * the vacancy, else a running internal or combined programme covering all open vacancies; null when there is none.
   * The caller checks that the vacancy is open. See `chooseMatchProgramme`.
   */
  async resolveForMatch(organisationId: OrganisationId, vacancyId: string, now: Date, tx?: Tx): Promise<ProgrammeEntity | null> {
    const programmes = await this.programmes.listUnarchived(organisationId, tx);
    const ids = programmes.filter((p) => p.vacancyScope === 'selected').map((p) => p.id);
    const selections = await this.programmes.selectionsOf(organisationId, ids, [vacancyId], tx);
    return chooseMatchProgramme(programmes, { selectedBy: selections.get(vacancyId) ?? new Set<string>() }, now) ?? null;
  }
}
