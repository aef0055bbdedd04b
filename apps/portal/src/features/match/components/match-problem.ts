import { isApiProblem } from '@kring/api-client';
import { problemMessageKey } from '../../../lib/problems';

/** Error codes of the Search & Match API (libs/server/match/src/matching/match.errors.ts). */
export const MATCH_ERROR_CODES = {
  vacancyNotProfiled: 'match_vacancy_not_profiled',
  distanceWithoutCoordinates: 'match_distance_without_coordinates',
  unknownConcept: 'match_unknown_concept',
} as const;

export function hasProblemCode(error: unknown, code: string): boolean {
  return isApiProblem(error) && error.code === code;
}

/** The translation key for an error of this area, falling back to the portal's general problem messages. */
export function matchProblemKey(error: unknown): string {
  if (hasProblemCode(error, MATCH_ERROR_CODES.distanceWithoutCoordinates)) return 'match.matches.distanceWithoutCoordinates';
  return problemMessageKey(error);
}

export const percent = (value: number) => Math.round(value * 100);
