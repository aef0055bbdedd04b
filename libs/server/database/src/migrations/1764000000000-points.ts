import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Points and recognition: per-organisation point values and levels, a ledger of recognition points filled by
 * database triggers from the facts (a share link created, a referral submitted, a referral reaching interview,
 * a hire), once per (user, kind, subject), and the users' opt-in to be shown by name on the leaderboard.
 */
export class Points1764000000000 implements MigrationInterface {
  name = 'Points1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN leaderboard_opt_in boolean NOT NULL DEFAULT false`);

    await q.query(`
      CREATE TABLE points_settings (
        organisation_id uuid NOT NULL,
        share_points integer NOT NULL,
        referral_points integer NOT NULL,
        interview_points integer NOT NULL,
        hire_points integer NOT NULL,
        levels jsonb NOT NULL,
        updated_by_user_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_points_settings PRIMARY KEY (organisation_id),
        CONSTRAINT fk_points_settings_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT fk_points_settings_updated_by FOREIGN KEY (organisation_id, updated_by_user_id) REFERENCES users (organisation_id, id),
        CONSTRAINT ck_points_settings_values CHECK (
          share_points BETWEEN 0 AND 10000 AND referral_points BETWEEN 0 AND 10000
          AND interview_points BETWEEN 0 AND 10000 AND hire_points BETWEEN 0 AND 10000
        ),
        CONSTRAINT ck_points_settings_levels CHECK (
          jsonb_typeof(levels) = 'array' AND jsonb_array_length(levels) BETWEEN 1 AND 10 AND (levels->0->>'threshold')::int = 0
        )
      )`);

    await q.query(`
      CREATE TABLE points_events (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        user_id uuid NOT NULL,
        kind text NOT NULL,
        subject_id uuid NOT NULL,
        points integer NOT NULL,
        programme_id uuid,
        vacancy_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_points_events PRIMARY KEY (id),
        CONSTRAINT uq_points_events_user_kind_subject UNIQUE (user_id, kind, subject_id),
        CONSTRAINT fk_points_events_user FOREIGN KEY (organisation_id, user_id) REFERENCES users (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT fk_points_events_programme FOREIGN KEY (organisation_id, programme_id) REFERENCES programmes (organisation_id, id),
        CONSTRAINT fk_points_events_vacancy FOREIGN KEY (vacancy_id) REFERENCES vacancies (id) ON DELETE SET NULL,
        CONSTRAINT ck_points_events_kind CHECK (kind IN ('share', 'referral', 'interview', 'hire')),
        CONSTRAINT ck_points_events_points CHECK (points >= 0),
        CONSTRAINT ck_points_events_programme CHECK ((kind = 'share') = (programme_id IS NULL))
      )`);
    // The leaderboard sums an organisation's events in a period (optionally one programme or the vacancies of a
    // department); "my points" reads one user's events.
    await q.query(`CREATE INDEX ix_points_events_organisation_created ON points_events (organisation_id, created_at) INCLUDE (user_id, points)`);
    await q.query(`CREATE INDEX ix_points_events_organisation_programme ON points_events (organisation_id, programme_id, created_at) INCLUDE (user_id, points) WHERE programme_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_points_events_organisation_vacancy ON points_events (organisation_id, vacancy_id, created_at) INCLUDE (user_id, points) WHERE vacancy_id IS NOT NULL`);
    await q.query(`CREATE INDEX ix_points_events_organisation_user ON points_events (organisation_id, user_id, created_at DESC)`);
    await q.query(`CREATE INDEX ix_vacancies_organisation_department ON vacancies (organisation_id, lower(btrim(department))) WHERE department IS NOT NULL`);

    // Awarded points never change (the value in force when it happened); rows go only with their user or organisation.
    await q.query(`
      CREATE FUNCTION points_events_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'points events are immutable' USING ERRCODE = 'check_violation';
      END $$`);
    await q.query(`CREATE TRIGGER tr_points_events_immutable BEFORE UPDATE ON points_events FOR EACH ROW EXECUTE FUNCTION points_events_immutable()`);

    // The value in force now for an organisation; the defaults when HR never set any (keep in line with
    // DEFAULT_POINT_VALUES in libs/server/rewards/src/points/points-settings.ts).
    await q.query(`
      CREATE FUNCTION points_value(p_organisation_id uuid, p_kind text) RETURNS integer LANGUAGE sql STABLE AS $$
        SELECT coalesce(
          (SELECT CASE p_kind WHEN 'share' THEN share_points WHEN 'referral' THEN referral_points
                              WHEN 'interview' THEN interview_points WHEN 'hire' THEN hire_points END
             FROM points_settings WHERE organisation_id = p_organisation_id),
          CASE p_kind WHEN 'share' THEN 5 WHEN 'referral' THEN 25 WHEN 'interview' THEN 50 WHEN 'hire' THEN 100 END)
      $$`);
    await q.query(`
      CREATE FUNCTION points_award(p_organisation_id uuid, p_user_id uuid, p_kind text, p_subject_id uuid, p_programme_id uuid,
                                   p_vacancy_id uuid, p_at timestamptz) RETURNS integer LANGUAGE sql AS $$
        WITH inserted AS (
          INSERT INTO points_events (organisation_id, user_id, kind, subject_id, points, programme_id, vacancy_id, created_at)
          VALUES (p_organisation_id, p_user_id, p_kind, p_subject_id, points_value(p_organisation_id, p_kind), p_programme_id, p_vacancy_id, p_at)
          ON CONFLICT (user_id, kind, subject_id) DO NOTHING
          RETURNING 1)
        SELECT count(*)::int FROM inserted
      $$`);

    // Immediate and transactional: the points exist as soon as the fact commits, on every write path (API, public
    // share-link application, seed), without the referrals library knowing about points.
    await q.query(`
      CREATE FUNCTION share_links_points() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM points_award(NEW.organisation_id, NEW.owner_user_id, 'share', NEW.id, NULL, NEW.vacancy_id, NEW.created_at);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER tr_share_links_points AFTER INSERT ON share_links FOR EACH ROW EXECUTE FUNCTION share_links_points()`);
    // Referral at submission (business time created_at); interview when the referral first reaches interview or a
    // later stage (offer, hired); hire when hired (business time stage_changed_at, set with the move).
    await q.query(`
      CREATE FUNCTION referrals_points() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM points_award(NEW.organisation_id, NEW.referrer_user_id, 'referral', NEW.id, NEW.programme_id, NEW.vacancy_id, NEW.created_at);
        END IF;
        IF NEW.stage IN ('interview', 'offer', 'hired') THEN
          PERFORM points_award(NEW.organisation_id, NEW.referrer_user_id, 'interview', NEW.id, NEW.programme_id, NEW.vacancy_id, NEW.stage_changed_at);
        END IF;
        IF NEW.stage = 'hired' THEN
          PERFORM points_award(NEW.organisation_id, NEW.referrer_user_id, 'hire', NEW.id, NEW.programme_id, NEW.vacancy_id, NEW.stage_changed_at);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER tr_referrals_points AFTER INSERT OR UPDATE OF stage ON referrals FOR EACH ROW EXECUTE FUNCTION referrals_points()`);

    // The same facts derived from what is stored, for rows written before this migration (or with the triggers
    // disabled, e.g. a bulk restore). Idempotent: returns how many events it added.
    await q.query(`
      CREATE FUNCTION points_catch_up() RETURNS integer LANGUAGE sql AS $$
        WITH facts AS (
          SELECT s.organisation_id, s.owner_user_id AS user_id, 'share' AS kind, s.id AS subject_id, NULL::uuid AS programme_id, s.vacancy_id, s.created_at AS at
            FROM share_links s
          UNION ALL
          SELECT r.organisation_id, r.referrer_user_id, 'referral', r.id, r.programme_id, r.vacancy_id, r.created_at
            FROM referrals r
          UNION ALL
          SELECT r.organisation_id, r.referrer_user_id, 'interview', r.id, r.programme_id, r.vacancy_id,
                 coalesce((SELECT min(e.created_at) FROM referral_events e
                            WHERE e.referral_id = r.id AND e.kind = 'stage' AND e.to_value IN ('interview', 'offer', 'hired')), r.stage_changed_at)
            FROM referrals r
           WHERE r.stage IN ('interview', 'offer', 'hired')
              OR EXISTS (SELECT 1 FROM referral_events e WHERE e.referral_id = r.id AND e.kind = 'stage' AND e.to_value IN ('interview', 'offer', 'hired'))
          UNION ALL
          SELECT r.organisation_id, r.referrer_user_id, 'hire', r.id, r.programme_id, r.vacancy_id, r.stage_changed_at
            FROM referrals r
           WHERE r.stage = 'hired'
        ), inserted AS (
          INSERT INTO points_events (organisation_id, user_id, kind, subject_id, points, programme_id, vacancy_id, created_at)
          SELECT f.organisation_id, f.user_id, f.kind, f.subject_id, points_value(f.organisation_id, f.kind), f.programme_id, f.vacancy_id, f.at
            FROM facts f
          ON CONFLICT (user_id, kind, subject_id) DO NOTHING
          RETURNING 1)
        SELECT count(*)::int FROM inserted
      $$`);
    await q.query(`SELECT points_catch_up()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tr_referrals_points ON referrals`);
    await q.query(`DROP TRIGGER tr_share_links_points ON share_links`);
    await q.query(`DROP FUNCTION points_catch_up()`);
    await q.query(`DROP FUNCTION referrals_points()`);
    await q.query(`DROP FUNCTION share_links_points()`);
    await q.query(`DROP FUNCTION points_award(uuid, uuid, text, uuid, uuid, uuid, timestamptz)`);
    await q.query(`DROP FUNCTION points_value(uuid, text)`);
    await q.query(`DROP TABLE points_events`);
    await q.query(`DROP FUNCTION points_events_immutable()`);
    await q.query(`DROP TABLE points_settings`);
    await q.query(`DROP INDEX ix_vacancies_organisation_department`);
    await q.query(`ALTER TABLE users DROP COLUMN leaderboard_opt_in`);
  }
}
