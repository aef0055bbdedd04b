/**
 * The ranking query. It reads ONLY these person facts (the whitelist; `features` in every result lists them):
 * - person_skills.uri, person_occupations.uri (ESCO concepts, language-neutral),
 * - people.id, people.phase, people.erased_at (eligibility and the phase filter),
 * - person_match_profiles: region, latitude, longitude, languages, available_from, internal_mobility,
 * - consents for purpose `matching` (eligibility).
 * Names, e-mail, phone, address (people.location), gender, date of birth, nationality and photos are not selected here;
 * Kring stores no gender, date of birth, nationality or photo at all. Display fields are read afterwards, for the
 * returned page only, by MatchDisplayRepository. ranking.sql.spec.ts fails when a protected column appears below.
 */
import { hasConsentSql } from '@kring/server-database';
import { AVAILABILITY_GRACE_DAYS, LOCATION_ZERO_KM, RELATED_CREDIT } from './ranking-plan';

/** The person columns scoring may read, as "table.column"; documented in docs/developer/match-ranking.md. */
export const RANKING_PERSON_COLUMNS = [
  'person_skills.uri',
  'person_occupations.uri',
  'people.id',
  'people.phase',
  'people.erased_at',
  'person_match_profiles.region',
  'person_match_profiles.latitude',
  'person_match_profiles.longitude',
  'person_match_profiles.languages',
  'person_match_profiles.available_from',
  'person_match_profiles.internal_mobility',
  'consents.purpose',
  'consents.status',
  'consents.expires_at',
] as const;

/** Great-circle distance in km between two lat/lon pairs (haversine; no PostGIS needed). */
const distanceKm = (lat1: string, lon1: string, lat2: string, lon2: string) =>
  `(2 * 6371 * asin(sqrt(power(sin(radians(${lat2} - ${lat1}) / 2), 2)
     + cos(radians(${lat1})) * cos(radians(${lat2})) * power(sin(radians(${lon2} - ${lon1}) / 2), 2))))`;

/**
 * Parameters:
 *  $1 organisation, $2 now,
 *  $3 person-side skill uris, $4 their exact-match masks, $5 their related masks (bit i = vacancy skill i),
 *  $6 essential mask, $7 optional mask, $8 #essential, $9 #optional,
 *  $10 occupation uris, $11 occupation credits,
 *  $12 vacancy region, $13 vacancy latitude, $14 vacancy longitude, $15 vacancy languages, $16 vacancy start-by date,
 *  $17 weights [essential, optional, occupation, location, availability, language],
 *  filters: $18 phases (null = every eligible phase), $19 region, $20 max distance km, $21 available by, $22 language,
 *  $23 minimum score, $24 limit, $25 offset.
 */
/** The share of the vacancy's languages ($15) the person speaks, unrolled (at most 10) so no subquery runs per row. */
function languageShare(count: number): string {
  if (count === 0) return '(0 * cardinality($15::text[]))::float8';
  const terms = Array.from({ length: count }, (_, i) => `(($15::text[])[${i + 1}] = ANY(coalesce(pr.languages, '{}')))::int`);
  return `(${terms.join(' + ')})::float8 / ${count}`;
}

/** The ranking statement for a vacancy asking `languageCount` languages. */
export const rankingSql = (languageCount: number): string => `
WITH skill_parts AS (
  -- One pass over the inverted index: per person, which vacancy skills they hold exactly and which only through a relative.
  SELECT s.person_id, bit_or(m.exact) AS exact, bit_or(m.related) & ~bit_or(m.exact) AS related
    FROM unnest($3::text[], $4::int8[], $5::int8[]) AS m(uri, exact, related)
    JOIN person_skills s ON s.organisation_id = $1 AND s.uri = m.uri
   GROUP BY s.person_id
), occupation_parts AS (
  SELECT o.person_id, max(m.credit) AS occupation,
         coalesce(array_agg(o.uri) FILTER (WHERE m.credit >= 1), '{}') AS matched,
         coalesce(array_agg(o.uri) FILTER (WHERE m.credit < 1), '{}') AS related
    FROM unnest($10::text[], $11::float8[]) AS m(uri, credit)
    JOIN person_occupations o ON o.organisation_id = $1 AND o.uri = m.uri
   GROUP BY o.person_id
), candidates AS (
  SELECT coalesce(s.person_id, o.person_id) AS person_id,
         (bit_count((coalesce(s.exact, 0) & $6::int8)::bit(64)) + ${RELATED_CREDIT} * bit_count((coalesce(s.related, 0) & $6::int8)::bit(64)))::float8
           / greatest($8::int, 1) AS essential,
         (bit_count((coalesce(s.exact, 0) & $7::int8)::bit(64)) + ${RELATED_CREDIT} * bit_count((coalesce(s.related, 0) & $7::int8)::bit(64)))::float8
           / greatest($9::int, 1) AS optional,
         coalesce(o.occupation, 0) AS occupation,
         coalesce(s.exact, 0) AS matched_skills, coalesce(s.related, 0) AS related_skills,
         coalesce(o.matched, '{}') AS matched_occupations, coalesce(o.related, '{}') AS related_occupations
    FROM skill_parts s FULL JOIN occupation_parts o ON o.person_id = s.person_id
), parts AS (
  SELECT c.*, p.phase,
         CASE WHEN pr.latitude IS NOT NULL AND $13::float8 IS NOT NULL
              THEN ${distanceKm('$13::float8', '$14::float8', 'pr.latitude', 'pr.longitude')} END::float8 AS distance_km,
         CASE WHEN $12::text IS NOT NULL AND lower(pr.region) = lower($12::text) THEN 1 ELSE 0 END::float8 AS region_match,
         CASE WHEN $16::date IS NULL OR pr.available_from IS NULL THEN 0
              WHEN pr.available_from <= $16::date THEN 1
              WHEN pr.available_from <= $16::date + ${AVAILABILITY_GRACE_DAYS} THEN 0.5
              ELSE 0 END::float8 AS availability,
         ${languageShare(languageCount)} AS language
    FROM candidates c
    JOIN (SELECT id, phase, erased_at FROM people WHERE organisation_id = $1) p ON p.id = c.person_id
    LEFT JOIN (SELECT person_id, region, latitude, longitude, languages, available_from, internal_mobility
                 FROM person_match_profiles WHERE organisation_id = $1) pr ON pr.person_id = c.person_id
   WHERE p.erased_at IS NULL
     AND p.phase <> 'entry'
     AND (p.phase <> 'employment' OR coalesce(pr.internal_mobility, false))
     AND EXISTS (SELECT 1 FROM (SELECT person_id, purpose, status, expires_at FROM consents WHERE organisation_id = $1) k
                  WHERE k.person_id = c.person_id AND ${hasConsentSql('k', `'matching'`, '$2::timestamptz')})
     AND ($18::text[] IS NULL OR p.phase = ANY($18::text[]))
     AND ($19::text IS NULL OR lower(pr.region) = lower($19::text))
     AND ($22::text IS NULL OR $22::text = ANY(pr.languages))
     AND ($21::date IS NULL OR pr.available_from <= $21::date)
), located AS (
  -- Distance once per row; location = distance-based with coordinates on both sides, else region equality.
  SELECT parts.*, CASE WHEN distance_km IS NOT NULL THEN greatest(0, 1 - distance_km / ${LOCATION_ZERO_KM}) ELSE region_match END AS location
    FROM parts
), scored AS MATERIALIZED (
  SELECT located.*,
         round((($17::float8[])[1] * essential + ($17::float8[])[2] * optional + ($17::float8[])[3] * occupation
              + ($17::float8[])[4] * location + ($17::float8[])[5] * availability + ($17::float8[])[6] * language)::numeric, 4) AS score
    FROM located
   WHERE ($20::float8 IS NULL OR distance_km <= $20::float8)
)
SELECT person_id AS "personId", phase, score::float8 AS score,
       essential::float8 AS "essentialSkills", optional::float8 AS "optionalSkills", occupation::float8 AS occupation,
       location::float8 AS location, availability::float8 AS availability, language::float8 AS language,
       distance_km::float8 AS "distanceKm",
       matched_skills::text AS "matchedMask", related_skills::text AS "relatedMask",
       matched_occupations AS "matchedOccupations", related_occupations AS "relatedOccupations",
       -- The total: the same rows as the page, counted once (an InitPlan over the materialised CTE).
       (SELECT count(*) FROM scored WHERE score >= $23::float8)::int AS total
  FROM scored
 WHERE score >= $23::float8
 ORDER BY score DESC, person_id
 LIMIT $24 OFFSET $25`;
