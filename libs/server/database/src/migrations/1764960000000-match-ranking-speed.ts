import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search & Match ranking speed (issue 8, item 6). See docs/developer/match-ranking.md, "Speed".
 *
 * - person_skills / person_occupations get `concept_id`, a stable 64-bit integer per ESCO URI
 *   (`hashtextextended(uri, 0)`, a generated column, so every writer gets it for free). The inverted index ranking walks
 *   becomes (organisation_id, concept_id, person_id): 8-byte keys instead of ~80-byte URIs. The URI stays the source of
 *   truth; ranking computes the vacancy side's ids with the same function in the same statement.
 * - person_match_profiles gets the eligibility facts ranking needs, copied by triggers so that ranking joins one table
 *   instead of three (people, consents, profiles):
 *     phase, erased (from people) and matching_consent_until (from the `matching` consent: its expiry when granted,
 *     'infinity' when granted without expiry, NULL otherwise). Ranking compares matching_consent_until with the request's
 *     "now", so a consent that expires needs no job to stop counting.
 *   Triggers: BEFORE INSERT on person_match_profiles fills them; AFTER UPDATE OF phase, erased_at on people and AFTER
 *   INSERT/UPDATE/DELETE on consents refresh them. Every writer (repositories, imports, jobs, plain SQL) is covered.
 * - region_key = lower(region), a generated column, so comparing regions does not call lower() per row.
 */
export class MatchRankingSpeed1764960000000 implements MigrationInterface {
  name = 'MatchRankingSpeed1764960000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['person_skills', 'person_occupations']) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN concept_id bigint GENERATED ALWAYS AS (hashtextextended(uri, 0)) STORED NOT NULL`);
      await q.query(`CREATE INDEX ix_${table}_concept ON ${table} (organisation_id, concept_id, person_id)`);
      await q.query(`DROP INDEX ix_${table}_uri`);
    }

    await q.query(`
      ALTER TABLE person_match_profiles
        ADD COLUMN phase text,
        ADD COLUMN erased boolean NOT NULL DEFAULT false,
        ADD COLUMN matching_consent_until timestamptz,
        ADD COLUMN region_key text GENERATED ALWAYS AS (lower(region)) STORED`);

    // The matching consent of one person, as ranking reads it.
    await q.query(`
      CREATE FUNCTION fn_match_consent_until(p_organisation_id uuid, p_person_id uuid) RETURNS timestamptz
        LANGUAGE sql STABLE AS $$
          SELECT CASE WHEN c.status = 'granted' THEN coalesce(c.expires_at, 'infinity'::timestamptz) END
            FROM consents c
           WHERE c.organisation_id = p_organisation_id AND c.person_id = p_person_id AND c.purpose = 'matching'
        $$`);

    await q.query(`
      CREATE FUNCTION fn_person_match_profiles_fill() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          SELECT p.phase, p.erased_at IS NOT NULL INTO NEW.phase, NEW.erased
            FROM people p WHERE p.organisation_id = NEW.organisation_id AND p.id = NEW.person_id;
          NEW.erased := coalesce(NEW.erased, false);
          NEW.matching_consent_until := fn_match_consent_until(NEW.organisation_id, NEW.person_id);
          RETURN NEW;
        END
      $$`);
    await q.query(`
      CREATE TRIGGER tr_person_match_profiles_fill BEFORE INSERT ON person_match_profiles
        FOR EACH ROW EXECUTE FUNCTION fn_person_match_profiles_fill()`);

    await q.query(`
      CREATE FUNCTION fn_people_match_profile_sync() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          UPDATE person_match_profiles SET phase = NEW.phase, erased = NEW.erased_at IS NOT NULL
           WHERE organisation_id = NEW.organisation_id AND person_id = NEW.id;
          RETURN NULL;
        END
      $$`);
    await q.query(`
      CREATE TRIGGER tr_people_match_profile_sync AFTER UPDATE OF phase, erased_at ON people
        FOR EACH ROW WHEN (OLD.phase IS DISTINCT FROM NEW.phase OR OLD.erased_at IS DISTINCT FROM NEW.erased_at)
        EXECUTE FUNCTION fn_people_match_profile_sync()`);

    await q.query(`
      CREATE FUNCTION fn_consents_match_profile_sync() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.purpose = 'matching' THEN
            UPDATE person_match_profiles SET matching_consent_until = fn_match_consent_until(OLD.organisation_id, OLD.person_id)
             WHERE organisation_id = OLD.organisation_id AND person_id = OLD.person_id;
          END IF;
          IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.purpose = 'matching' THEN
            UPDATE person_match_profiles SET matching_consent_until = fn_match_consent_until(NEW.organisation_id, NEW.person_id)
             WHERE organisation_id = NEW.organisation_id AND person_id = NEW.person_id;
          END IF;
          RETURN NULL;
        END
      $$`);
    await q.query(`
      CREATE TRIGGER tr_consents_match_profile_sync AFTER INSERT OR UPDATE OR DELETE ON consents
        FOR EACH ROW EXECUTE FUNCTION fn_consents_match_profile_sync()`);

    // Existing rows.
    await q.query(`
      UPDATE person_match_profiles pr
         SET phase = p.phase, erased = p.erased_at IS NOT NULL,
             matching_consent_until = fn_match_consent_until(pr.organisation_id, pr.person_id)
        FROM people p
       WHERE p.organisation_id = pr.organisation_id AND p.id = pr.person_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tr_consents_match_profile_sync ON consents`);
    await q.query(`DROP FUNCTION fn_consents_match_profile_sync()`);
    await q.query(`DROP TRIGGER tr_people_match_profile_sync ON people`);
    await q.query(`DROP FUNCTION fn_people_match_profile_sync()`);
    await q.query(`DROP TRIGGER tr_person_match_profiles_fill ON person_match_profiles`);
    await q.query(`DROP FUNCTION fn_person_match_profiles_fill()`);
    await q.query(`DROP FUNCTION fn_match_consent_until(uuid, uuid)`);
    await q.query(`
      ALTER TABLE person_match_profiles
        DROP COLUMN region_key, DROP COLUMN matching_consent_until, DROP COLUMN erased, DROP COLUMN phase`);
    for (const table of ['person_skills', 'person_occupations']) {
      await q.query(`CREATE INDEX ix_${table}_uri ON ${table} (organisation_id, uri, person_id)`);
      await q.query(`DROP INDEX ix_${table}_concept`);
      await q.query(`ALTER TABLE ${table} DROP COLUMN concept_id`);
    }
  }
}
