/**
 * Stable error codes of Search & Match, local to this area until they move to ErrorCodes in @kring/shared-domain.
 * Clients may switch on these; never rename one.
 */
export const MatchErrorCodes = {
  /** A URI that is not an ESCO skill (or occupation) in Kring's bundle. */
  unknownConcept: 'match_unknown_concept',
  /** Ranking needs at least one confirmed skill or occupation on the vacancy. */
  vacancyNotProfiled: 'match_vacancy_not_profiled',
  /** A distance filter needs coordinates on the vacancy. */
  distanceWithoutCoordinates: 'match_distance_without_coordinates',
  /** The signed-in user has no person in this organisation (should not happen; kept for completeness). */
  personNotFound: 'match_person_not_found',
} as const;
