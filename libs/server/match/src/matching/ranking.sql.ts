/**
 * The ranking query. It reads ONLY these person facts (the whitelist; `features` in every result lists them):
 * - person_skills.concept_id, person_occupations.concept_id/uri (ESCO concepts, language-neutral),
 * - person_match_profiles: phase, erased, matching_consent_until (eligibility and the phase filter; copies of
 *   people.phase, people.erased_at and the `matching` consent kept current by triggers, migration 1764960000000),
 *   region (as region_key = lower(region)), latitude, longitude, languages, available_from, internal_mobility.
 * Names, e-mail, phone, address (people.location), gender, date of birth, nationality and photos are not selected here;
 * Kring stores no gender, date of birth, nationality or photo at all. The people and consents tables are not read at
 * all. Display fields are read afterwards, for the returned page only, by MatchDisplayRepository. ranking.sql.spec.ts
 * fails when a protected column appears below.
 */
import { AVAILABILITY_GRACE_DAYS, LOCATION_ZERO_KM, RELATED_CREDIT } from './ranking-plan';

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

/** Great-circle distance in km between two lat/lon pairs (haversine; no PostGIS needed). */
const distanceKm = (lat1: string, lon1: string, lat2: string, lon2: string) =>
  `(2 * 6371 * asin(sqrt(power(sin(radians(${lat2} - ${lat1}) / 2), 2)
     + cos(radians(${lat1})) * cos(radians(${lat2})) * power(sin(radians(${lon2} - ${lon1}) / 2), 2))))`;

/** The share of the vacancy's languages ($15) the person speaks, unrolled (at most 10) so no subquery runs per row. */
function languageShare(count: number): string {
  if (count === 0) return '(0 * cardinality($15::text[]))::float8';
  const terms = Array.from({ length: count }, (_, i) => `(($15::text[])[${i + 1}] = ANY(pr.languages))::int`);
  return `(${terms.join(' + ')})::float8 / ${count}`;
}

/**
 * Credit over the vacancy skills in `mask`: 1 per exact skill, RELATED_CREDIT per skill held only through a relative.
 * float8 throughout (bit counts and halves are exact in binary, so the value is the same): a plain 0.5 is numeric and
 * would make every row pay numeric arithmetic and a numeric→float8 conversion (about a tenth of the statement's CPU).
 */
const skillPart = (mask: string, count: string) =>
  `(bit_count((c.exact & ${mask})::bit(64)) + ${RELATED_CREDIT}::float8 * bit_count((c.related & ${mask})::bit(64)))::float8 / greatest(${count}, 1)`;

/**
 * How many disjoint person_id ranges the candidates are scored in (uuids are random, so the ranges hold about as many
 * people each). Each range is scored on its own (index walk, join, aggregate, parts, score), so PostgreSQL can give
 * whole ranges to parallel workers (Gather over a Parallel Append; two ranges for the usual two workers per Gather);
 * the leader counts and sorts the scored rows. Without parallel workers the ranges run one after the other.
 */
export const RANKING_RANGES = 2;

/** The conditions that keep `column` in range k of n over the uuid space (none at the open ends). */
function inRange(column: string, k: number, n: number): string {
  const bound = (i: number) => `'${Math.floor((i * 0x100000000) / n).toString(16).padStart(8, '0')}-0000-0000-0000-000000000000'::uuid`;
  return (k > 0 ? ` AND ${column} >= ${bound(k)}` : '') + (k < n - 1 ? ` AND ${column} < ${bound(k + 1)}` : '');
}

/** The CTEs that score range k of n (hits_k, c_k, parts_k, located_k, scored_k). */
function rangeSql(languageCount: number, k: number, n: number): string {
  return `hits_${k} AS (
  -- The inverted index: every (person, vacancy concept) pair of the range, with the vacancy skills the concept equals or
  -- is related to. The range bounds are part of the index condition (organisation_id, concept_id, person_id).
  SELECT s.person_id, m.exact, m.related, 0::float8 AS occupation
    FROM unnest($3::text[], $4::int8[], $5::int8[]) AS m(uri, exact, related)
    JOIN person_skills s ON s.organisation_id = $1 AND s.concept_id = hashtextextended(m.uri, 0)${inRange('s.person_id', k, n)}
  UNION ALL
  SELECT o.person_id, 0::int8, 0::int8, m.credit
    FROM unnest($10::text[], $11::float8[]) AS m(uri, credit)
    JOIN person_occupations o ON o.organisation_id = $1 AND o.concept_id = hashtextextended(m.uri, 0)${inRange('o.person_id', k, n)}
), c_${k} AS (
  -- Eligibility and every filter first (one hash join), then one aggregate per remaining person: which vacancy skills
  -- they hold exactly, which only through a relative, and the best occupation credit. The profile's primary key is the
  -- group key, so its columns ride along without a second join.
  SELECT pr.person_id, pr.phase, pr.latitude, pr.longitude, pr.region_key, pr.languages, pr.available_from,
         bit_or(h.exact) AS exact, bit_or(h.related) & ~bit_or(h.exact) AS related, max(h.occupation) AS occupation
    FROM hits_${k} h
    JOIN person_match_profiles pr ON pr.organisation_id = $1 AND pr.person_id = h.person_id${inRange('pr.person_id', k, n)}
   WHERE pr.matching_consent_until > $2::timestamptz
     AND NOT pr.erased
     AND pr.phase <> 'entry'
     AND (pr.phase <> 'employment' OR pr.internal_mobility)
     AND ($18::text[] IS NULL OR pr.phase = ANY($18::text[]))
     AND ($19::text IS NULL OR pr.region_key = lower($19::text))
     AND ($22::text IS NULL OR $22::text = ANY(pr.languages))
     AND ($21::date IS NULL OR pr.available_from <= $21::date)
     -- A cheap superset of the distance filter (applied exactly below): one degree of latitude is at least 111 km of
     -- great-circle distance, so nobody within $20 km lies outside this band.
     AND ($20::float8 IS NULL OR pr.latitude BETWEEN $13::float8 - $20::float8 / 110 AND $13::float8 + $20::float8 / 110)
   GROUP BY pr.organisation_id, pr.person_id
), parts_${k} AS (
  -- OFFSET here and in scored keeps PostgreSQL from inlining the parts into every place that uses them (it has no
  -- common-subexpression elimination): each part, the distance and the score are computed once per row. Spelt '0': a
  -- plain 0 is an int4 cast to int8, which the planner still takes for a real OFFSET when it decides what may run in a
  -- parallel worker, so no range would ever be given to one.
  SELECT c.person_id, c.phase, c.exact, c.related, c.occupation,
         ${skillPart('$6::int8', '$8::int')} AS essential,
         ${skillPart('$7::int8', '$9::int')} AS optional,
         CASE WHEN c.latitude IS NOT NULL AND $13::float8 IS NOT NULL
              THEN ${distanceKm('$13::float8', '$14::float8', 'c.latitude', 'c.longitude')} END::float8 AS distance_km,
         CASE WHEN $12::text IS NOT NULL AND c.region_key = lower($12::text) THEN 1 ELSE 0 END::float8 AS region_match,
         CASE WHEN $16::date IS NULL OR c.available_from IS NULL THEN 0
              WHEN c.available_from <= $16::date THEN 1
              WHEN c.available_from <= $16::date + ${AVAILABILITY_GRACE_DAYS} THEN 0.5::float8
              ELSE 0 END::float8 AS availability,
         ${languageShare(languageCount).replace(/pr\./g, 'c.')} AS language
    FROM c_${k} c
  OFFSET '0'
), located_${k} AS (
  -- Distance once per row; location = distance-based with coordinates on both sides, else region equality.
  SELECT parts.*, CASE WHEN distance_km IS NOT NULL THEN greatest(0, 1 - distance_km / ${LOCATION_ZERO_KM}) ELSE region_match END AS location
    FROM parts_${k} parts
), scored_${k} AS (
  -- Rounded half-up to 4 decimals; the 1e-9 absorbs binary error in sums such as .45 × .75 + .075 (an exact decimal tie).
  SELECT located.*,
         floor((($17::float8[])[1] * essential + ($17::float8[])[2] * optional + ($17::float8[])[3] * occupation
              + ($17::float8[])[4] * location + ($17::float8[])[5] * availability + ($17::float8[])[6] * language) * 10000 + 0.5 + 1e-9)
           / 10000 AS score
    FROM located_${k} located
   WHERE ($20::float8 IS NULL OR distance_km <= $20::float8)
  OFFSET '0'
)`;
}

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
 *
 * Shape (see docs/developer/match-ranking.md, "The query"): per person_id range (RANKING_RANGES), the vacancy's URIs
 * become concept ids in SQL (hashtextextended, the same function as the generated column) and walk the
 * (organisation_id, concept_id, person_id) indexes; one hash join to person_match_profiles applies eligibility and every
 * filter (the same WHERE for the page and the count) before one hash aggregate ORs the masks per person; the score is
 * float arithmetic rounded half-up to 4 decimals. The ranges' scored rows are put together; `count(*) OVER ()` counts
 * the rows the page is cut from (a top-N heap sort). Occupation URIs for the explanation are read for the page only.
 */
export const rankingSql = (languageCount: number, ranges = RANKING_RANGES): string => {
  const ks = Array.from({ length: ranges }, (_, k) => k);
  return `
WITH ${ks.map((k) => rangeSql(languageCount, k, ranges)).join(', ')},
candidates AS (
  -- Every range's scored rows (each a simple SELECT, so the UNION ALL becomes one Append that workers can share).
${ks.map((k) => `  SELECT * FROM scored_${k} WHERE score >= $23::float8`).join('\n  UNION ALL\n')}
), page AS (
  -- The total rides on every row: the same rows as the page, counted once before LIMIT.
  SELECT candidates.*, count(*) OVER () AS total
    FROM candidates
   ORDER BY score DESC, person_id
   LIMIT $24 OFFSET $25
)
SELECT person_id AS "personId", phase, score,
       essential AS "essentialSkills", optional AS "optionalSkills", occupation,
       location, availability, language, distance_km AS "distanceKm",
       exact::text AS "matchedMask", related::text AS "relatedMask",
       -- The explanation's occupations, for the page only.
       coalesce((SELECT array_agg(o.uri ORDER BY o.uri)
                   FROM unnest($10::text[], $11::float8[]) AS m(uri, credit)
                   JOIN person_occupations o ON o.organisation_id = $1 AND o.person_id = page.person_id
                                            AND o.concept_id = hashtextextended(m.uri, 0) AND o.uri = m.uri
                  WHERE m.credit >= 1), '{}') AS "matchedOccupations",
       coalesce((SELECT array_agg(o.uri ORDER BY o.uri)
                   FROM unnest($10::text[], $11::float8[]) AS m(uri, credit)
                   JOIN person_occupations o ON o.organisation_id = $1 AND o.person_id = page.person_id
                                            AND o.concept_id = hashtextextended(m.uri, 0) AND o.uri = m.uri
                  WHERE m.credit < 1), '{}') AS "relatedOccupations",
       total::int AS total
  FROM page
 ORDER BY score DESC, person_id`;
};
