/**
 * The ranking read. Scores are not computed here: match_scores holds them, one row per eligible person with a concept hit
 * per stored plan (migration 1765040000000: MATCH_SCORES_SELECT scores, triggers keep the rows current). This statement
 * reads one plan's rows, applies the request's time and filters, counts and cuts the page.
 *
 * The person facts scoring and filters read (the whitelist; `features` in every result lists them), all in
 * MATCH_SCORES_SELECT or copied by it into match_scores:
 * - person_skills.concept_id, person_occupations.concept_id/uri (ESCO concepts, language-neutral),
 * - person_match_profiles: phase, erased, matching_consent_until (eligibility and the phase filter; copies of
 *   people.phase, people.erased_at and the `matching` consent kept current by triggers, migration 1764960000000),
 *   region (as region_key = lower(region)), latitude, longitude, languages, available_from, internal_mobility.
 * Names, e-mail, phone, address (people.location), gender, date of birth, nationality and photos are read by neither;
 * Kring stores no gender, date of birth, nationality or photo at all. Display fields are read afterwards, for the
 * returned page only, by MatchDisplayRepository. ranking.sql.spec.ts fails when a protected column appears.
 */

/** The person columns scoring may read, as "table.column"; documented in docs/developer/match-ranking.md. */
export const RANKING_PERSON_COLUMNS = [
  'person_skills.concept_id',
  'person_occupations.concept_id',
  'person_occupations.uri',
  'person_match_profiles.person_id',
  'person_match_profiles.phase',
  'person_match_profiles.erased',
  'person_match_profiles.matching_consent_until',
  'person_match_profiles.region_key',
  'person_match_profiles.latitude',
  'person_match_profiles.longitude',
  'person_match_profiles.languages',
  'person_match_profiles.available_from',
  'person_match_profiles.internal_mobility',
] as const;

/**
 * Parameters:
 *  $1 plan id, $2 organisation, $3 now (the matching consent must last past it),
 *  filters: $4 phases (null = every eligible phase), $5 region, $6 max distance km, $7 available by, $8 language,
 *  $9 minimum score, $10 limit, $11 offset,
 *  $12 the plan's occupation uris, $13 their credits (for the page's explanation only).
 *
 * `count(*) OVER ()` counts the rows the page is cut from (the same WHERE), before LIMIT (a top-N heap sort).
 */
export const RANKING_SQL = `
WITH page AS (
  SELECT s.*, count(*) OVER () AS total
    FROM match_scores s
   WHERE s.plan_id = $1 AND s.organisation_id = $2
     AND s.matching_consent_until > $3::timestamptz
     AND ($4::text[] IS NULL OR s.phase = ANY($4::text[]))
     AND ($5::text IS NULL OR s.region_key = lower($5::text))
     AND ($6::float8 IS NULL OR s.distance_km <= $6::float8)
     AND ($7::date IS NULL OR s.available_from <= $7::date)
     AND ($8::text IS NULL OR $8::text = ANY(s.languages))
     AND s.score >= $9::float8
   ORDER BY s.score DESC, s.person_id
   LIMIT $10 OFFSET $11
)
SELECT person_id AS "personId", phase, score,
       essential AS "essentialSkills", optional AS "optionalSkills", occupation,
       location, availability, language, distance_km AS "distanceKm",
       exact::text AS "matchedMask", related::text AS "relatedMask",
       -- The explanation's occupations, for the page only.
       coalesce((SELECT array_agg(o.uri ORDER BY o.uri)
                   FROM unnest($12::text[], $13::float8[]) AS m(uri, credit)
                   JOIN person_occupations o ON o.organisation_id = $2 AND o.person_id = page.person_id
                                            AND o.concept_id = hashtextextended(m.uri, 0) AND o.uri = m.uri
                  WHERE m.credit >= 1), '{}') AS "matchedOccupations",
       coalesce((SELECT array_agg(o.uri ORDER BY o.uri)
                   FROM unnest($12::text[], $13::float8[]) AS m(uri, credit)
                   JOIN person_occupations o ON o.organisation_id = $2 AND o.person_id = page.person_id
                                            AND o.concept_id = hashtextextended(m.uri, 0) AND o.uri = m.uri
                  WHERE m.credit < 1), '{}') AS "relatedOccupations",
       total::int AS total
  FROM page
 ORDER BY score DESC, person_id`;
