import { MigrationInterface, QueryRunner } from 'typeorm';

const ERASED_FIELDS = `candidate_name IS NULL AND candidate_email IS NULL AND candidate_phone IS NULL AND motivation IS NULL AND candidate_note IS NULL AND cv_file_id IS NULL AND candidate_person_id IS NULL`;

/** The recognition-points trigger of 1764000000000-points.ts, with `skipMatch` leaving out HR's own sourcing. */
const referralsPointsFunction = (skipMatch: boolean) => `
  CREATE OR REPLACE FUNCTION referrals_points() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    ${skipMatch ? `IF NEW.source = 'match' THEN RETURN NULL; END IF; -- HR's own sourcing earns nobody points` : ''}
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
  END $$`;

/** The catch-up of 1764000000000-points.ts, with `skipMatch` leaving out referrals with source 'match'. */
const pointsCatchUpFunction = (skipMatch: boolean) => {
  const rewarded = skipMatch ? `AND r.source <> 'match'` : '';
  return `
  CREATE OR REPLACE FUNCTION points_catch_up() RETURNS integer LANGUAGE sql AS $$
    WITH facts AS (
      SELECT s.organisation_id, s.owner_user_id AS user_id, 'share' AS kind, s.id AS subject_id, NULL::uuid AS programme_id, s.vacancy_id, s.created_at AS at
        FROM share_links s
      UNION ALL
      SELECT r.organisation_id, r.referrer_user_id, 'referral', r.id, r.programme_id, r.vacancy_id, r.created_at
        FROM referrals r
       WHERE true ${rewarded}
      UNION ALL
      SELECT r.organisation_id, r.referrer_user_id, 'interview', r.id, r.programme_id, r.vacancy_id,
             coalesce((SELECT min(e.created_at) FROM referral_events e
                        WHERE e.referral_id = r.id AND e.kind = 'stage' AND e.to_value IN ('interview', 'offer', 'hired')), r.stage_changed_at)
        FROM referrals r
       WHERE (r.stage IN ('interview', 'offer', 'hired')
          OR EXISTS (SELECT 1 FROM referral_events e WHERE e.referral_id = r.id AND e.kind = 'stage' AND e.to_value IN ('interview', 'offer', 'hired')))
         ${rewarded}
      UNION ALL
      SELECT r.organisation_id, r.referrer_user_id, 'hire', r.id, r.programme_id, r.vacancy_id, r.stage_changed_at
        FROM referrals r
       WHERE r.stage = 'hired' ${rewarded}
    ), inserted AS (
      INSERT INTO points_events (organisation_id, user_id, kind, subject_id, points, programme_id, vacancy_id, created_at)
      SELECT f.organisation_id, f.user_id, f.kind, f.subject_id, points_value(f.organisation_id, f.kind), f.programme_id, f.vacancy_id, f.at
        FROM facts f
      ON CONFLICT (user_id, kind, subject_id) DO NOTHING
      RETURNING 1)
    SELECT count(*)::int FROM inserted
  $$`;
};

/**
 * Search & Match (issue 8): HR refers a matched person to a vacancy. Such a referral has source 'match': HR's own
 * sourcing through Kring, not an employee referral (no reward, no recognition points; the dashboard counts its hire as
 * channel 'direct'). It stores the skills the candidate matched on (labels in the candidate's language) so the consent
 * request and its reminders can say why; they are personal data and are erased with the rest (a trigger clears them on
 * every erasure path). See docs/developer/match-actions.md.
 */
export class MatchReferrals1764970000000 implements MigrationInterface {
  name = 'MatchReferrals1764970000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE referrals DROP CONSTRAINT ck_referrals_source,
      ADD CONSTRAINT ck_referrals_source CHECK (source IN ('referral_form', 'share_link', 'match'))`);
    await q.query(`ALTER TABLE referrals ADD COLUMN match_skills text[]`);
    await q.query(`ALTER TABLE referrals
      ADD CONSTRAINT ck_referrals_match_skills CHECK (match_skills IS NULL OR source = 'match'),
      DROP CONSTRAINT ck_referrals_erased,
      ADD CONSTRAINT ck_referrals_erased CHECK (erased_at IS NULL OR (${ERASED_FIELDS} AND match_skills IS NULL))`);
    // Every erasure path (consent declined or expired, ERM privacy erasure) clears the skills with the other personal
    // fields, also those written before this column existed: a trigger rather than a change in each of them.
    await q.query(`
      CREATE FUNCTION referrals_erase_match_skills() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.erased_at IS NOT NULL THEN NEW.match_skills := NULL; END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER tr_referrals_erase_match_skills BEFORE INSERT OR UPDATE ON referrals
      FOR EACH ROW WHEN (NEW.erased_at IS NOT NULL AND NEW.match_skills IS NOT NULL) EXECUTE FUNCTION referrals_erase_match_skills()`);
    await q.query(referralsPointsFunction(true));
    await q.query(pointsCatchUpFunction(true));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(pointsCatchUpFunction(false));
    await q.query(referralsPointsFunction(false));
    await q.query(`DROP TRIGGER tr_referrals_erase_match_skills ON referrals`);
    await q.query(`DROP FUNCTION referrals_erase_match_skills()`);
    await q.query(`DELETE FROM referrals WHERE source = 'match'`);
    await q.query(`ALTER TABLE referrals DROP CONSTRAINT ck_referrals_erased,
      ADD CONSTRAINT ck_referrals_erased CHECK (erased_at IS NULL OR (${ERASED_FIELDS}))`);
    await q.query(`ALTER TABLE referrals DROP CONSTRAINT ck_referrals_match_skills, DROP COLUMN match_skills`);
    await q.query(`ALTER TABLE referrals DROP CONSTRAINT ck_referrals_source,
      ADD CONSTRAINT ck_referrals_source CHECK (source IN ('referral_form', 'share_link'))`);
  }
}
