import { isApiProblem } from '@kring/api-client';
import { problemMessageKey } from '../../../lib/problems';

/** Error codes of the Search & Match API (libs/server/match/src/matching/match.errors.ts). */
export const MATCH_ERROR_CODES = {
  vacancyNotProfiled: 'match_vacancy_not_profiled',
  distanceWithoutCoordinates: 'match_distance_without_coordinates',
  unknownConcept: 'match_unknown_concept',
  /** libs/server/match/src/actions/actions.errors.ts */
  personNotEligible: 'match_person_not_eligible',
  personWithoutEmail: 'match_person_without_email',
  vacancyNotOpen: 'match_vacancy_not_open',
  alreadyInvited: 'match_already_invited',
  alreadyReferred: 'match_already_referred',
  noProgramme: 'match_no_programme',
} as const;

export function hasProblemCode(error: unknown, code: string): boolean {
  return isApiProblem(error) && error.code === code;
}

/** The translation key for an error of this area, falling back to the portal's general problem messages. */
export function matchProblemKey(error: unknown): string {
  if (hasProblemCode(error, MATCH_ERROR_CODES.distanceWithoutCoordinates)) return 'match.matches.distanceWithoutCoordinates';
  if (hasProblemCode(error, MATCH_ERROR_CODES.personNotEligible)) return 'match.invite.notEligible';
  if (hasProblemCode(error, MATCH_ERROR_CODES.personWithoutEmail)) return 'match.invite.withoutEmail';
  if (hasProblemCode(error, MATCH_ERROR_CODES.vacancyNotOpen)) return 'match.invite.vacancyNotOpen';
  if (hasProblemCode(error, MATCH_ERROR_CODES.noProgramme)) return 'match.refer.noProgramme';
  return problemMessageKey(error);
}

export const percent = (value: number) => Math.round(value * 100);
