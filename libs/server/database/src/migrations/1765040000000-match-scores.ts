import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search & Match: maintained scores (issue 8, item 6). See docs/developer/match-ranking.md, "Maintained scores".
 *
 * Ranking used to score every candidate of the organisation on each request (walk the inverted index, join the
 * profiles, aggregate, score: ~500 ms of CPU for 100k people). Now a vacancy's requirements become a stored *plan*
 * (match_plans: the scalars; match_plan_terms: the concept ids with their skill bits and occupation credits, built in
 * TypeScript from the ESCO hierarchy), and every eligible person with at least one hit has a row in match_scores with
 * the score, its parts and the facts the filters read. A request reads one plan's rows, filters, counts and sorts.
 *
 * - The one scoring statement is MATCH_SCORES_SELECT below (two SQL functions: all people of one plan, or some people
 *   of every plan of an organisation). The ranking repository builds a plan's rows with the first on its first use;
 *   statement triggers on person_skills, person_occupations and person_match_profiles (which the people and consents
 *   triggers of migration 1764960000000 keep current) recompute the changed people with the second.
 * - Time does not enter the rows: the matching consent's expiry is stored and compared with the request's "now".
 * - Concurrency (many api and worker processes): a plan build takes an exclusive transaction-level advisory lock on its
 *   organisation (MATCH_LOCK_ORGANISATION); person-side triggers take it shared, then a lock per changed person
 *   (MATCH_LOCK_PERSON, in a fixed order), or the exclusive one when a statement changes more than
 *   MATCH_PERSON_LOCK_LIMIT people. So a build never misses a concurrent change, and two transactions changing the same
 *   person recompute one after the other. Removing unused plans takes the exclusive lock too.
 */
export class MatchScores1765040000000 implements MigrationInterface {
  name = 'MatchScores1765040000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE match_plans (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        plan_hash text NOT NULL,
        essential_mask bigint NOT NULL,
        optional_mask bigint NOT NULL,
        essential_count integer NOT NULL,
        optional_count integer NOT NULL,
        region text,
        latitude double precision,
        longitude double precision,
        languages text[] NOT NULL,
        start_by date,
        weights double precision[] NOT NULL,
        related_credit double precision NOT NULL,
        zero_location_km double precision NOT NULL,
        availability_grace_days integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_match_plans PRIMARY KEY (id),
        CONSTRAINT uq_match_plans_hash UNIQUE (organisation_id, plan_hash),
        CONSTRAINT uq_match_plans_organisation UNIQUE (organisation_id, id),
        CONSTRAINT ck_match_plans_weights CHECK (cardinality(weights) = 6)
      )`);
    await q.query(`CREATE INDEX ix_match_plans_last_used ON match_plans (last_used_at)`);
    await q.query(`
      CREATE TABLE match_plan_terms (
        organisation_id uuid NOT NULL,
        plan_id uuid NOT NULL,
        kind char(1) NOT NULL,
        concept_id bigint NOT NULL,
        exact bigint NOT NULL DEFAULT 0,
        related bigint NOT NULL DEFAULT 0,
        credit double precision NOT NULL DEFAULT 0,
        CONSTRAINT pk_match_plan_terms PRIMARY KEY (plan_id, kind, concept_id),
        CONSTRAINT fk_match_plan_terms_plan FOREIGN KEY (organisation_id, plan_id) REFERENCES match_plans (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT ck_match_plan_terms_kind CHECK (kind IN ('s', 'o'))
      )`);
    // Person-side recomputes: "which plans of this organisation does this concept touch".
    await q.query(`CREATE INDEX ix_match_plan_terms_concept ON match_plan_terms (organisation_id, kind, concept_id)`);
    await q.query(`
      CREATE TABLE match_scores (
        organisation_id uuid NOT NULL,
        plan_id uuid NOT NULL,
        person_id uuid NOT NULL,
        phase text NOT NULL,
        region_key text,
        languages text[] NOT NULL,
        available_from date,
        matching_consent_until timestamptz NOT NULL,
        exact bigint NOT NULL,
        related bigint NOT NULL,
        occupation double precision NOT NULL,
        essential double precision NOT NULL,
        optional double precision NOT NULL,
        location double precision NOT NULL,
        availability double precision NOT NULL,
        language double precision NOT NULL,
        distance_km double precision,
        score double precision NOT NULL,
        CONSTRAINT pk_match_scores PRIMARY KEY (plan_id, person_id),
        CONSTRAINT fk_match_scores_plan FOREIGN KEY (organisation_id, plan_id) REFERENCES match_plans (organisation_id, id) ON DELETE CASCADE
      )`);
    // No foreign key to people and no index by person: a person's rows go when their profile row goes (a deleted person's
    // profile cascades, and its delete trigger recomputes them away), and refreshes find rows by (plan_id, person_id).
    // Checking a key per inserted row cost a 100k-person build ~0.5 s, maintaining the index ~0.2 s.

    await q.query(`
      CREATE FUNCTION match_scores_for_plan(p_organisation_id uuid, p_plan_id uuid) RETURNS SETOF match_scores
        LANGUAGE sql STABLE AS $$ ${MATCH_SCORES_SELECT('plan')} $$`);
    await q.query(`
      CREATE FUNCTION match_scores_for_people(p_organisation_id uuid, p_person_ids uuid[]) RETURNS SETOF match_scores
        LANGUAGE sql STABLE AS $$ ${MATCH_SCORES_SELECT('people')} $$`);

    await q.query(`
      CREATE FUNCTION match_scores_refresh(p_organisation_ids uuid[], p_person_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE
          org uuid;
          persons uuid[];
        BEGIN
          FOR org IN SELECT DISTINCT o FROM unnest(p_organisation_ids) o ORDER BY o LOOP
            PERFORM pg_advisory_xact_lock_shared(${MATCH_LOCK_ORGANISATION}, hashtext(org::text));
            CONTINUE WHEN NOT EXISTS (SELECT 1 FROM match_plans WHERE organisation_id = org);
            persons := ARRAY(SELECT DISTINCT u.p FROM unnest(p_organisation_ids, p_person_ids) AS u(o, p) WHERE u.o = org);
            IF cardinality(persons) > ${MATCH_PERSON_LOCK_LIMIT} THEN
              PERFORM pg_advisory_xact_lock(${MATCH_LOCK_ORGANISATION}, hashtext(org::text));
            ELSE
              PERFORM pg_advisory_xact_lock(${MATCH_LOCK_PERSON}, k)
                 FROM (SELECT DISTINCT hashtext(p::text) AS k FROM unnest(persons) p ORDER BY 1) keys;
            END IF;
            DELETE FROM match_scores
             WHERE plan_id IN (SELECT id FROM match_plans WHERE organisation_id = org) AND person_id = ANY(persons);
            INSERT INTO match_scores SELECT * FROM match_scores_for_people(org, persons);
          END LOOP;
        END
      $$`);

    for (const [name, table, op, referencing, changed] of TRIGGERS) {
      await q.query(`
        CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            PERFORM match_scores_refresh(array_agg(c.organisation_id), array_agg(c.person_id))
               FROM (SELECT DISTINCT organisation_id, person_id FROM (${changed}) d) c HAVING count(*) > 0;
            RETURN NULL;
          END
        $$`);
      await q.query(`CREATE TRIGGER tr_${name} AFTER ${op} ON ${table} REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [name, table] of TRIGGERS) {
      await q.query(`DROP TRIGGER tr_${name} ON ${table}`);
      await q.query(`DROP FUNCTION ${name}()`);
    }
    await q.query(`DROP FUNCTION match_scores_refresh(uuid[], uuid[])`);
    await q.query(`DROP FUNCTION match_scores_for_people(uuid, uuid[])`);
    await q.query(`DROP FUNCTION match_scores_for_plan(uuid, uuid)`);
    await q.query(`DROP TABLE match_scores`);
    await q.query(`DROP TABLE match_plan_terms`);
    await q.query(`DROP TABLE match_plans`);
  }
}

/** Advisory lock classes (the two-int4 form; the rest of Kring uses the one-bigint form, a separate key space). */
export const MATCH_LOCK_ORGANISATION = 8001;
export const MATCH_LOCK_PERSON = 8002;
/** A statement changing more people than this locks the whole organisation instead (the lock table is finite). */
export const MATCH_PERSON_LOCK_LIMIT = 256;

/** The person facts whose change changes a score row (person_match_profiles). */
const PROFILE_FACTS = 'organisation_id, person_id, phase, erased, matching_consent_until, region_key, latitude, longitude, languages, available_from, internal_mobility';

/** [function, table, event, transition tables, the changed (organisation_id, person_id) rows]. */
const TRIGGERS: Array<[string, string, string, string, string]> = [
  ...(['person_skills', 'person_occupations'] as const).flatMap((table): Array<[string, string, string, string, string]> => [
    [`${table}_match_scores_ins`, table, 'INSERT', 'NEW TABLE AS new_rows', 'SELECT organisation_id, person_id FROM new_rows'],
    [`${table}_match_scores_del`, table, 'DELETE', 'OLD TABLE AS old_rows', 'SELECT organisation_id, person_id FROM old_rows'],
    [
      `${table}_match_scores_upd`,
      table,
      'UPDATE',
      'OLD TABLE AS old_rows NEW TABLE AS new_rows',
      `SELECT organisation_id, person_id FROM ((SELECT organisation_id, person_id, uri FROM old_rows EXCEPT SELECT organisation_id, person_id, uri FROM new_rows)
         UNION (SELECT organisation_id, person_id, uri FROM new_rows EXCEPT SELECT organisation_id, person_id, uri FROM old_rows)) d`,
    ],
  ]),
  ['person_match_profiles_match_scores_ins', 'person_match_profiles', 'INSERT', 'NEW TABLE AS new_rows', 'SELECT organisation_id, person_id FROM new_rows'],
  ['person_match_profiles_match_scores_del', 'person_match_profiles', 'DELETE', 'OLD TABLE AS old_rows', 'SELECT organisation_id, person_id FROM old_rows'],
  [
    'person_match_profiles_match_scores_upd',
    'person_match_profiles',
    'UPDATE',
    'OLD TABLE AS old_rows NEW TABLE AS new_rows',
    // Only facts scoring reads: a new skill_count or updated_at alone changes no score.
    `SELECT organisation_id, person_id FROM ((SELECT ${PROFILE_FACTS} FROM old_rows EXCEPT SELECT ${PROFILE_FACTS} FROM new_rows)
       UNION (SELECT ${PROFILE_FACTS} FROM new_rows EXCEPT SELECT ${PROFILE_FACTS} FROM old_rows)) d`,
  ],
];

/**
 * The scoring statement: the score rows of one plan for all its organisation's people (`plan`, parameters
 * p_organisation_id, p_plan_id), or of some people for every plan of their organisation (`people`, p_organisation_id,
 * p_person_ids). Exported for ranking.sql.spec.ts (which checks the person columns it reads).
 *
 * Reads ONLY these person facts: person_skills.concept_id, person_occupations.concept_id, and from person_match_profiles
 * phase, erased, matching_consent_until, internal_mobility (eligibility), region_key, latitude, longitude, languages,
 * available_from (scoring and filters). Never people, consents, names, contact details, gender, birth date, nationality.
 *
 * Rows exist for people eligible apart from time (not erased, a matching consent, not in phase entry, employees only with
 * internal mobility) with at least one concept hit. The parts, each 0..1, then the weighted score rounded half-up to 4
 * decimals (the 1e-9 absorbs binary error in sums such as .45 × .75 + .075, an exact decimal tie). Float arithmetic
 * throughout: bit counts and halves are exact in binary. The constants (related credit, the distance at which location
 * reaches 0, the availability grace days) come with the plan from ranking-plan.ts, as do the weights.
 */
export const MATCH_SCORES_SELECT = (scope: 'plan' | 'people'): string => {
  const terms = scope === 'plan' ? 't.plan_id = p_plan_id AND t.organisation_id = p_organisation_id' : 't.organisation_id = p_organisation_id';
  const people = (alias: string) => (scope === 'plan' ? '' : ` AND ${alias}.person_id = ANY(p_person_ids)`);
  const skillPart = (mask: string, count: string) =>
    `(bit_count((c.exact & ${mask})::bit(64)) + p.related_credit * bit_count((c.related & ${mask})::bit(64)))::float8 / greatest(${count}, 1)`;
  return `
  WITH hits AS (
    SELECT t.plan_id, s.person_id, t.exact, t.related, 0::float8 AS occupation
      FROM match_plan_terms t
      JOIN person_skills s ON s.organisation_id = p_organisation_id AND s.concept_id = t.concept_id${people('s')}
     WHERE ${terms} AND t.kind = 's'
    UNION ALL
    SELECT t.plan_id, o.person_id, 0::int8, 0::int8, t.credit
      FROM match_plan_terms t
      JOIN person_occupations o ON o.organisation_id = p_organisation_id AND o.concept_id = t.concept_id${people('o')}
     WHERE ${terms} AND t.kind = 'o'
  ), c AS (
    SELECT h.plan_id, pr.person_id, pr.phase, pr.latitude, pr.longitude, pr.region_key, pr.languages, pr.available_from,
           pr.matching_consent_until,
           bit_or(h.exact) AS exact, bit_or(h.related) & ~bit_or(h.exact) AS related, max(h.occupation) AS occupation
      FROM hits h
      JOIN person_match_profiles pr ON pr.organisation_id = p_organisation_id AND pr.person_id = h.person_id${people('pr')}
     WHERE pr.matching_consent_until IS NOT NULL
       AND NOT pr.erased
       AND pr.phase <> 'entry'
       AND (pr.phase <> 'employment' OR pr.internal_mobility)
     GROUP BY h.plan_id, pr.organisation_id, pr.person_id
  ), parts AS (
    SELECT c.*, p.weights, p.zero_location_km,
           ${skillPart('p.essential_mask', 'p.essential_count')} AS essential,
           ${skillPart('p.optional_mask', 'p.optional_count')} AS optional,
           CASE WHEN c.latitude IS NOT NULL AND p.latitude IS NOT NULL
                THEN (2 * 6371 * asin(sqrt(power(sin(radians(c.latitude - p.latitude) / 2), 2)
                       + cos(radians(p.latitude)) * cos(radians(c.latitude)) * power(sin(radians(c.longitude - p.longitude) / 2), 2))))
           END::float8 AS distance_km,
           CASE WHEN p.region IS NOT NULL AND c.region_key = lower(p.region) THEN 1 ELSE 0 END::float8 AS region_match,
           CASE WHEN p.start_by IS NULL OR c.available_from IS NULL THEN 0
                WHEN c.available_from <= p.start_by THEN 1
                WHEN c.available_from <= p.start_by + p.availability_grace_days THEN 0.5::float8
                ELSE 0 END::float8 AS availability,
           CASE WHEN cardinality(p.languages) = 0 THEN 0::float8
                ELSE (SELECT count(*) FROM unnest(p.languages) l WHERE l = ANY(c.languages))::float8 / cardinality(p.languages) END AS language
      FROM c
      JOIN match_plans p ON p.id = c.plan_id
  ), located AS (
    SELECT parts.*, CASE WHEN distance_km IS NOT NULL THEN greatest(0, 1 - distance_km / zero_location_km) ELSE region_match END AS location
      FROM parts
  )
  SELECT p_organisation_id, plan_id, person_id, phase, region_key, languages, available_from, matching_consent_until,
         exact, related, occupation, essential, optional, location, availability, language, distance_km,
         floor((weights[1] * essential + weights[2] * optional + weights[3] * occupation
              + weights[4] * location + weights[5] * availability + weights[6] * language) * 10000 + 0.5 + 1e-9) / 10000
    FROM located`;
};
