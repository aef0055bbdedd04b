import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keeps the dashboard's `hires` and `offers` in step with referrals, people and offboardings, with triggers so that
 * every write path (the pipeline, bulk changes, the demo seed, benchmark generators, plain SQL) is covered and none
 * can forget it. The triggers only touch rows Kring owns: referral hires (source 'referral') and referral offers
 * (referral_id set); hires of other channels are HR's (API or import) except for their leaving date, which
 * offboarding fills in for whichever hire of that person was current. See docs/developer/insights-data.md.
 *
 * - insights_sync_referral(org, referral, set_start): recomputes the referral's hire and offer from the referral row
 *   and its stage history. Idempotent, so the backfill below is the same call.
 * - people.start_date changes (preboarding moves a start date) follow to the person's current (not yet left) hire.
 * - offboardings (scheduled or completed) set hires.left_on of the person's hire that had started by the leaving date;
 *   a cancelled or moved offboarding takes its date back. Earlier hires of a rehired person keep theirs.
 */
export class InsightsSync1764920000000 implements MigrationInterface {
  name = 'InsightsSync1764920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION insights_sync_referral(p_org uuid, p_referral uuid, p_set_start boolean) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        r record;
        v_day date;
        v_person uuid;
        v_left date;
        v_made date;
        v_outcome text;
        v_hire uuid;
      BEGIN
        SELECT rf.id, rf.stage, rf.stage_changed_at, rf.created_at, rf.programme_id, rf.vacancy_id, rf.start_date, rf.hire_left_on,
               coalesce(rf.hired_person_id, rf.candidate_person_id) AS person_id,
               left(v.department, 200) AS department, v.title AS job_title
          INTO r
          FROM referrals rf LEFT JOIN vacancies v ON v.organisation_id = rf.organisation_id AND v.id = rf.vacancy_id
         WHERE rf.organisation_id = p_org AND rf.id = p_referral;
        IF NOT FOUND THEN RETURN; END IF;
        v_day := (r.stage_changed_at AT TIME ZONE 'Europe/Amsterdam')::date;

        IF r.stage = 'hired' THEN
          v_person := r.person_id;
          v_left := r.hire_left_on;
          IF v_left IS NULL AND v_person IS NOT NULL THEN
            SELECT o.leaving_date INTO v_left FROM offboardings o
             WHERE o.organisation_id = p_org AND o.person_id = v_person AND o.status <> 'cancelled'
               AND o.leaving_date >= coalesce(r.start_date, v_day)
             ORDER BY o.leaving_date LIMIT 1;
          END IF;
          IF v_left IS NOT NULL AND r.start_date IS NOT NULL AND v_left < r.start_date THEN v_left := NULL; END IF;
          INSERT INTO hires AS h (organisation_id, channel, source, referral_id, programme_id, person_id, vacancy_id, department, job_title,
                                  applied_on, hired_on, start_date, left_on)
          VALUES (p_org, 'referral', 'referral', r.id, r.programme_id, v_person, r.vacancy_id, r.department, r.job_title,
                  LEAST((r.created_at AT TIME ZONE 'Europe/Amsterdam')::date, v_day), v_day, r.start_date, v_left)
          ON CONFLICT (organisation_id, referral_id) DO UPDATE SET
            programme_id = EXCLUDED.programme_id,
            person_id = EXCLUDED.person_id,
            vacancy_id = EXCLUDED.vacancy_id,
            department = EXCLUDED.department,
            job_title = EXCLUDED.job_title,
            applied_on = EXCLUDED.applied_on,
            hired_on = EXCLUDED.hired_on,
            start_date = CASE WHEN p_set_start OR h.start_date IS NULL THEN EXCLUDED.start_date ELSE h.start_date END,
            left_on = CASE
              WHEN r.hire_left_on IS NOT NULL THEN EXCLUDED.left_on
              WHEN h.left_on IS NOT NULL AND h.left_on >= coalesce(CASE WHEN p_set_start OR h.start_date IS NULL THEN EXCLUDED.start_date ELSE h.start_date END, h.left_on)
                THEN h.left_on
              ELSE EXCLUDED.left_on END,
            updated_at = now()
          RETURNING h.id INTO v_hire;
        ELSE
          -- Only a correction (outcomes are final in the pipeline) takes a referral out of hired.
          DELETE FROM hires WHERE organisation_id = p_org AND referral_id = p_referral;
        END IF;

        -- The first day the referral reached offer: the earliest of the offer row, the stage history and (when in offer now) today's stage.
        SELECT LEAST(
                 (SELECT o.made_on FROM offers o WHERE o.organisation_id = p_org AND o.referral_id = p_referral),
                 (SELECT min((e.created_at AT TIME ZONE 'Europe/Amsterdam')::date) FROM referral_events e
                   WHERE e.referral_id = p_referral AND e.organisation_id = p_org AND e.kind = 'stage' AND e.to_value = 'offer'),
                 CASE WHEN r.stage = 'offer' THEN v_day END)
          INTO v_made;
        IF v_made IS NULL THEN RETURN; END IF;
        v_outcome := CASE WHEN r.stage = 'hired' THEN 'accepted' WHEN r.stage IN ('rejected', 'withdrawn') THEN 'declined' ELSE 'pending' END;
        INSERT INTO offers AS o (organisation_id, channel, referral_id, programme_id, hire_id, department, made_on, outcome, decided_on)
        VALUES (p_org, 'referral', r.id, r.programme_id, v_hire, r.department, LEAST(v_made, v_day), v_outcome,
                CASE WHEN v_outcome = 'pending' THEN NULL ELSE v_day END)
        ON CONFLICT (organisation_id, referral_id) DO UPDATE SET
          programme_id = EXCLUDED.programme_id,
          hire_id = EXCLUDED.hire_id,
          department = EXCLUDED.department,
          outcome = EXCLUDED.outcome,
          made_on = LEAST(o.made_on, EXCLUDED.made_on),
          decided_on = CASE WHEN EXCLUDED.outcome = 'pending' THEN NULL ELSE GREATEST(EXCLUDED.decided_on, LEAST(o.made_on, EXCLUDED.made_on)) END,
          updated_at = now();
      END $$`);

    await q.query(`
      CREATE FUNCTION referrals_insights_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM insights_sync_referral(NEW.organisation_id, NEW.id, OLD.start_date IS DISTINCT FROM NEW.start_date);
        RETURN NULL;
      END $$`);
    // Inserts are set-based (one statement per INSERT, however many rows: bulk loads and generators stay fast). A new
    // referral has no history yet, so this is what insights_sync_referral does for one: a hire when it is inserted as
    // hired, a pending offer when inserted in offer.
    await q.query(`
      CREATE FUNCTION referrals_insights_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO hires (organisation_id, channel, source, referral_id, programme_id, person_id, vacancy_id, department, job_title,
                           applied_on, hired_on, start_date, left_on)
        SELECT n.organisation_id, 'referral', 'referral', n.id, n.programme_id, coalesce(n.hired_person_id, n.candidate_person_id), n.vacancy_id,
               left(v.department, 200), v.title,
               LEAST((n.created_at AT TIME ZONE 'Europe/Amsterdam')::date, (n.stage_changed_at AT TIME ZONE 'Europe/Amsterdam')::date),
               (n.stage_changed_at AT TIME ZONE 'Europe/Amsterdam')::date, n.start_date,
               CASE WHEN n.start_date IS NULL OR l.left_on >= n.start_date THEN l.left_on END
          FROM new_referrals n
          LEFT JOIN vacancies v ON v.organisation_id = n.organisation_id AND v.id = n.vacancy_id
          LEFT JOIN LATERAL (
            SELECT coalesce(n.hire_left_on, (
              SELECT o.leaving_date FROM offboardings o
               WHERE o.organisation_id = n.organisation_id AND o.person_id = coalesce(n.hired_person_id, n.candidate_person_id) AND o.status <> 'cancelled'
                 AND o.leaving_date >= coalesce(n.start_date, (n.stage_changed_at AT TIME ZONE 'Europe/Amsterdam')::date)
               ORDER BY o.leaving_date LIMIT 1)) AS left_on
          ) l ON true
         WHERE n.stage = 'hired'
        ON CONFLICT (organisation_id, referral_id) DO NOTHING;
        INSERT INTO offers (organisation_id, channel, referral_id, programme_id, department, made_on, outcome)
        SELECT n.organisation_id, 'referral', n.id, n.programme_id, left(v.department, 200), (n.stage_changed_at AT TIME ZONE 'Europe/Amsterdam')::date, 'pending'
          FROM new_referrals n
          LEFT JOIN vacancies v ON v.organisation_id = n.organisation_id AND v.id = n.vacancy_id
         WHERE n.stage = 'offer'
        ON CONFLICT (organisation_id, referral_id) DO NOTHING;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_referrals_insights_insert AFTER INSERT ON referrals REFERENCING NEW TABLE AS new_referrals
      FOR EACH STATEMENT EXECUTE FUNCTION referrals_insights_insert()`);
    await q.query(`
      CREATE TRIGGER tr_referrals_insights_update
      AFTER UPDATE OF stage, stage_changed_at, start_date, hire_left_on, vacancy_id, programme_id, hired_person_id, candidate_person_id ON referrals
      FOR EACH ROW WHEN (NEW.stage IN ('offer', 'hired', 'rejected', 'withdrawn') OR OLD.stage IN ('offer', 'hired'))
      EXECUTE FUNCTION referrals_insights_sync()`);

    // The stage history dates the offer when the referral row was written before its history (seed, imports).
    await q.query(`
      CREATE FUNCTION referral_events_insights_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM insights_sync_referral(NEW.organisation_id, NEW.referral_id, false);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_referral_events_insights AFTER INSERT ON referral_events FOR EACH ROW
      WHEN (NEW.kind = 'stage' AND NEW.to_value = 'offer')
      EXECUTE FUNCTION referral_events_insights_sync()`);

    // A start date moved in preboarding follows to the person's current hire.
    await q.query(`
      CREATE FUNCTION people_insights_start_date() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE hires h SET start_date = NEW.start_date, updated_at = now()
         WHERE h.id = (SELECT c.id FROM hires c
                        WHERE c.organisation_id = NEW.organisation_id AND c.person_id = NEW.id AND c.left_on IS NULL
                        ORDER BY c.hired_on DESC, c.created_at DESC LIMIT 1)
           AND h.start_date IS DISTINCT FROM NEW.start_date;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_people_insights_start_date AFTER UPDATE OF start_date ON people FOR EACH ROW
      WHEN (NEW.start_date IS NOT NULL AND OLD.start_date IS DISTINCT FROM NEW.start_date)
      EXECUTE FUNCTION people_insights_start_date()`);

    await q.query(`
      CREATE FUNCTION offboardings_insights_left() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.status <> 'cancelled'
           AND (NEW.status = 'cancelled' OR NEW.leaving_date <> OLD.leaving_date OR NEW.person_id <> OLD.person_id) THEN
          UPDATE hires SET left_on = NULL, updated_at = now()
           WHERE organisation_id = OLD.organisation_id AND person_id = OLD.person_id AND left_on = OLD.leaving_date;
        END IF;
        IF NEW.status <> 'cancelled' THEN
          UPDATE hires h SET left_on = NEW.leaving_date, updated_at = now()
           WHERE h.id = (SELECT c.id FROM hires c
                          WHERE c.organisation_id = NEW.organisation_id AND c.person_id = NEW.person_id
                            AND coalesce(c.start_date, c.hired_on) <= NEW.leaving_date
                          ORDER BY coalesce(c.start_date, c.hired_on) DESC, c.created_at DESC LIMIT 1)
             AND h.left_on IS NULL;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_offboardings_insights_left AFTER INSERT OR UPDATE OF status, leaving_date, person_id ON offboardings
      FOR EACH ROW EXECUTE FUNCTION offboardings_insights_left()`);

    // The candidate-experience job looks for referrals that ended recently, per organisation.
    await q.query(`
      CREATE INDEX ix_referrals_organisation_survey_due ON referrals (organisation_id, stage_changed_at)
      WHERE stage IN ('hired', 'rejected', 'withdrawn') AND consent_state = 'consented' AND candidate_email IS NOT NULL AND erased_at IS NULL`);

    // Backfill: referrals that already reached an offer or an outcome (the same idempotent function).
    await q.query(`
      SELECT count(insights_sync_referral(organisation_id, id, true))
        FROM referrals WHERE stage IN ('offer', 'hired', 'rejected', 'withdrawn')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_referrals_organisation_survey_due`);
    await q.query(`DROP TRIGGER tr_offboardings_insights_left ON offboardings`);
    await q.query(`DROP FUNCTION offboardings_insights_left()`);
    await q.query(`DROP TRIGGER tr_people_insights_start_date ON people`);
    await q.query(`DROP FUNCTION people_insights_start_date()`);
    await q.query(`DROP TRIGGER tr_referral_events_insights ON referral_events`);
    await q.query(`DROP FUNCTION referral_events_insights_sync()`);
    await q.query(`DROP TRIGGER tr_referrals_insights_update ON referrals`);
    await q.query(`DROP TRIGGER tr_referrals_insights_insert ON referrals`);
    await q.query(`DROP FUNCTION referrals_insights_insert()`);
    await q.query(`DROP FUNCTION referrals_insights_sync()`);
    await q.query(`DROP FUNCTION insights_sync_referral(uuid, uuid, boolean)`);
    // The rows the triggers wrote did not exist before this migration.
    await q.query(`DELETE FROM offers WHERE referral_id IS NOT NULL`);
    await q.query(`DELETE FROM hires WHERE source = 'referral'`);
  }
}
