import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The HR dashboard's KPIs (issue 7): rollups kept incrementally by triggers, and the indexes the KPI queries need
 * (each leads with organisation_id, then the date the KPI ranges over). See docs/developer/insights-kpis.md.
 *
 * insights_daily_counts: one row per (organisation, metric, Amsterdam day, dimension) with a count.
 *   - phase_enter (dim = to_phase) / phase_exit (dim = from_phase) from phase_transitions: people in a phase on day D
 *     = Σ enter − Σ exit up to D; movements per month = Σ enter per month.
 *   - nl_sent / nl_bounced / nl_unsubscribed / nl_opened / nl_clicked (day = sent day) and nl_failed (day = failed
 *     day), dim = newsletter id, from newsletter_deliveries.
 *   Statement-level triggers with transition tables: a bulk statement (a newsletter start, a bulk phase move, a
 *   benchmark generator) adds one upsert per (day, metric, dim), not one per row. UPDATE and DELETE subtract the old
 *   rows' contribution and add the new, so the rollup always equals a recount (the integration test checks it).
 *   Upserts are sorted, so concurrent statements lock counter rows in the same order and cannot deadlock.
 *   - ja_sent / ja_failed / ja_pending (day = created day, dim = kind) from job-alert mail_messages, by a row trigger
 *     that fires only for job-alert kinds and status changes (the outbox is hot; other mails cost nothing).
 * insights_referral_levels: one narrow row per referral with the furthest funnel level it reached (1 submitted,
 *   2 consented, 3 interview, 4 offer, 5 hired), its Amsterdam submission day, programme and vacancy department;
 *   recomputed from the referral and its history by triggers and only ever raised (GREATEST), so concurrent
 *   writers cannot lower it.
 * insights_referrer_firsts: per referrer and programme the first submission time (LEAST on insert), so retention of
 *   referrers versus non-referrers does not group an organisation's whole referral history on every request.
 */
export class InsightsRollups1764910000000 implements MigrationInterface {
  name = 'InsightsRollups1764910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE insights_daily_counts (
        organisation_id uuid NOT NULL,
        metric text NOT NULL,
        day date NOT NULL,
        dim text NOT NULL DEFAULT '',
        n bigint NOT NULL DEFAULT 0,
        CONSTRAINT pk_insights_daily_counts PRIMARY KEY (organisation_id, metric, day, dim),
        CONSTRAINT fk_insights_daily_counts_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT ck_insights_daily_counts_metric CHECK (metric IN ('phase_enter', 'phase_exit', 'nl_sent', 'nl_failed', 'nl_bounced', 'nl_unsubscribed', 'nl_opened', 'nl_clicked', 'ja_sent', 'ja_failed', 'ja_pending'))
      )`);

    // Adds sign × n for each {organisation_id, metric, day, dim, n}; drops counters that reached zero. Skips
    // organisations that no longer exist (their deletion cascades into the source tables after the counters are gone).
    await q.query(`
      CREATE FUNCTION insights_daily_counts_apply(sign integer, deltas jsonb) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF deltas IS NULL OR jsonb_array_length(deltas) = 0 THEN RETURN; END IF;
        INSERT INTO insights_daily_counts AS c (organisation_id, metric, day, dim, n)
        SELECT (d->>'organisation_id')::uuid, d->>'metric', (d->>'day')::date, d->>'dim', sign * (d->>'n')::bigint
          FROM jsonb_array_elements(deltas) d
         WHERE EXISTS (SELECT 1 FROM organisations o WHERE o.id = (d->>'organisation_id')::uuid)
         ORDER BY 1, 2, 3, 4
        ON CONFLICT (organisation_id, metric, day, dim) DO UPDATE SET n = c.n + excluded.n;
        IF sign < 0 THEN
          DELETE FROM insights_daily_counts c USING jsonb_array_elements(deltas) d
           WHERE c.organisation_id = (d->>'organisation_id')::uuid AND c.metric = d->>'metric' AND c.day = (d->>'day')::date
             AND c.dim = d->>'dim' AND c.n = 0;
        END IF;
      END $$`);

    await q.query(`
      CREATE FUNCTION insights_phase_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
          PERFORM insights_daily_counts_apply(-1, (SELECT jsonb_agg(x) FROM (
            SELECT organisation_id, metric, day, dim, count(*) AS n FROM (
              SELECT organisation_id, 'phase_enter' AS metric, (occurred_at AT TIME ZONE 'Europe/Amsterdam')::date AS day, to_phase AS dim FROM old_rows
              UNION ALL
              SELECT organisation_id, 'phase_exit', (occurred_at AT TIME ZONE 'Europe/Amsterdam')::date, from_phase FROM old_rows WHERE from_phase IS NOT NULL
            ) m GROUP BY 1, 2, 3, 4) x));
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          PERFORM insights_daily_counts_apply(1, (SELECT jsonb_agg(x) FROM (
            SELECT organisation_id, metric, day, dim, count(*) AS n FROM (
              SELECT organisation_id, 'phase_enter' AS metric, (occurred_at AT TIME ZONE 'Europe/Amsterdam')::date AS day, to_phase AS dim FROM new_rows
              UNION ALL
              SELECT organisation_id, 'phase_exit', (occurred_at AT TIME ZONE 'Europe/Amsterdam')::date, from_phase FROM new_rows WHERE from_phase IS NOT NULL
            ) m GROUP BY 1, 2, 3, 4) x));
        END IF;
        RETURN NULL;
      END $$`);
    // The first history row of every person was written by a row trigger: one phase_transitions INSERT per person,
    // so a bulk people INSERT fired the statement-level rollup below once per person (100k people: minutes). One
    // INSERT … SELECT per people statement instead, so the rollup runs once per statement.
    await q.query(`
      CREATE FUNCTION people_initial_phases() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO phase_transitions (organisation_id, person_id, from_phase, to_phase, cause, occurred_at)
        SELECT organisation_id, id, NULL, phase, 'created', phase_changed_at FROM new_rows;
        RETURN NULL;
      END $$`);
    await q.query(`DROP TRIGGER tr_people_initial_phase ON people`);
    await q.query(`
      CREATE TRIGGER tr_people_initial_phase AFTER INSERT ON people
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION people_initial_phases()`);
    await q.query(`
      CREATE TRIGGER tr_phase_transitions_rollup_insert AFTER INSERT ON phase_transitions
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights_phase_rollup()`);
    await q.query(`
      CREATE TRIGGER tr_phase_transitions_rollup_update AFTER UPDATE ON phase_transitions
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights_phase_rollup()`);
    await q.query(`
      CREATE TRIGGER tr_phase_transitions_rollup_delete AFTER DELETE ON phase_transitions
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insights_phase_rollup()`);
    await q.query(`
      INSERT INTO insights_daily_counts (organisation_id, metric, day, dim, n)
      SELECT organisation_id, metric, day, dim, count(*) FROM (
        SELECT organisation_id, 'phase_enter' AS metric, (occurred_at AT TIME ZONE 'Europe/Amsterdam')::date AS day, to_phase AS dim FROM phase_transitions
        UNION ALL
        SELECT organisation_id, 'phase_exit', (occurred_at AT TIME ZONE 'Europe/Amsterdam')::date, from_phase FROM phase_transitions WHERE from_phase IS NOT NULL
      ) m GROUP BY 1, 2, 3, 4`);

    // Newsletter deliveries: what each row contributes (the KPI's definition, in one place).
    const contributions = (rows: string) => `
      SELECT organisation_id, metric, day, dim, count(*) AS n FROM (
        SELECT d.organisation_id, m.metric, (d.sent_at AT TIME ZONE 'Europe/Amsterdam')::date AS day, d.newsletter_id::text AS dim
          FROM ${rows} d CROSS JOIN LATERAL (VALUES
            ('nl_sent', true), ('nl_bounced', d.bounced_at IS NOT NULL), ('nl_unsubscribed', d.unsubscribed_at IS NOT NULL),
            ('nl_opened', d.opened_at IS NOT NULL), ('nl_clicked', d.clicked_at IS NOT NULL)) AS m(metric, applies)
         WHERE d.sent_at IS NOT NULL AND m.applies
        UNION ALL
        SELECT d.organisation_id, 'nl_failed', (d.failed_at AT TIME ZONE 'Europe/Amsterdam')::date, d.newsletter_id::text
          FROM ${rows} d WHERE d.status = 'failed' AND d.failed_at IS NOT NULL
      ) c GROUP BY 1, 2, 3, 4`;
    await q.query(`
      CREATE FUNCTION insights_newsletter_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
          PERFORM insights_daily_counts_apply(-1, (SELECT jsonb_agg(x) FROM (${contributions('old_rows')}) x));
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          PERFORM insights_daily_counts_apply(1, (SELECT jsonb_agg(x) FROM (${contributions('new_rows')}) x));
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_newsletter_deliveries_rollup_insert AFTER INSERT ON newsletter_deliveries
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights_newsletter_rollup()`);
    await q.query(`
      CREATE TRIGGER tr_newsletter_deliveries_rollup_update AFTER UPDATE ON newsletter_deliveries
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights_newsletter_rollup()`);
    await q.query(`
      CREATE TRIGGER tr_newsletter_deliveries_rollup_delete AFTER DELETE ON newsletter_deliveries
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insights_newsletter_rollup()`);
    await q.query(`INSERT INTO insights_daily_counts (organisation_id, metric, day, dim, n) ${contributions('newsletter_deliveries')}`);

    // Job-alert mails in the outbox: one counter per (created day, kind, state); a row trigger limited to job-alert kinds.
    await q.query(`
      CREATE FUNCTION insights_job_alert_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        old_metric text;
        new_metric text;
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.kind IN ('job_alert_instant', 'job_alert_digest') THEN
          old_metric := CASE OLD.status WHEN 'sent' THEN 'ja_sent' WHEN 'failed' THEN 'ja_failed' ELSE 'ja_pending' END;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.kind IN ('job_alert_instant', 'job_alert_digest') THEN
          new_metric := CASE NEW.status WHEN 'sent' THEN 'ja_sent' WHEN 'failed' THEN 'ja_failed' ELSE 'ja_pending' END;
        END IF;
        IF TG_OP = 'UPDATE' AND old_metric IS NOT DISTINCT FROM new_metric AND OLD.kind = NEW.kind AND OLD.created_at = NEW.created_at THEN
          RETURN NULL;
        END IF;
        IF old_metric IS NOT NULL THEN
          PERFORM insights_daily_counts_apply(-1, jsonb_build_array(jsonb_build_object('organisation_id', OLD.organisation_id, 'metric', old_metric,
            'day', (OLD.created_at AT TIME ZONE 'Europe/Amsterdam')::date, 'dim', OLD.kind, 'n', 1)));
        END IF;
        IF new_metric IS NOT NULL THEN
          PERFORM insights_daily_counts_apply(1, jsonb_build_array(jsonb_build_object('organisation_id', NEW.organisation_id, 'metric', new_metric,
            'day', (NEW.created_at AT TIME ZONE 'Europe/Amsterdam')::date, 'dim', NEW.kind, 'n', 1)));
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_mail_messages_job_alert_rollup_insert AFTER INSERT ON mail_messages
      FOR EACH ROW WHEN (NEW.kind IN ('job_alert_instant', 'job_alert_digest')) EXECUTE FUNCTION insights_job_alert_rollup()`);
    await q.query(`
      CREATE TRIGGER tr_mail_messages_job_alert_rollup_update AFTER UPDATE OF status, kind, created_at ON mail_messages
      FOR EACH ROW WHEN ((OLD.kind IN ('job_alert_instant', 'job_alert_digest') OR NEW.kind IN ('job_alert_instant', 'job_alert_digest'))
                         AND (OLD.status, OLD.kind, OLD.created_at) IS DISTINCT FROM (NEW.status, NEW.kind, NEW.created_at))
      EXECUTE FUNCTION insights_job_alert_rollup()`);
    await q.query(`
      CREATE TRIGGER tr_mail_messages_job_alert_rollup_delete AFTER DELETE ON mail_messages
      FOR EACH ROW WHEN (OLD.kind IN ('job_alert_instant', 'job_alert_digest')) EXECUTE FUNCTION insights_job_alert_rollup()`);
    await q.query(`
      INSERT INTO insights_daily_counts (organisation_id, metric, day, dim, n)
      SELECT organisation_id, CASE status WHEN 'sent' THEN 'ja_sent' WHEN 'failed' THEN 'ja_failed' ELSE 'ja_pending' END,
             (created_at AT TIME ZONE 'Europe/Amsterdam')::date, kind, count(*)
        FROM mail_messages WHERE kind IN ('job_alert_instant', 'job_alert_digest') GROUP BY 1, 2, 3, 4`);

    // The furthest funnel level per referral.
    await q.query(`
      CREATE TABLE insights_referral_levels (
        organisation_id uuid NOT NULL,
        referral_id uuid NOT NULL,
        submitted_on date NOT NULL,
        programme_id uuid NOT NULL,
        department text,
        level smallint NOT NULL,
        CONSTRAINT pk_insights_referral_levels PRIMARY KEY (organisation_id, referral_id),
        CONSTRAINT fk_insights_referral_levels_referral FOREIGN KEY (organisation_id, referral_id) REFERENCES referrals (organisation_id, id) ON DELETE CASCADE,
        CONSTRAINT ck_insights_referral_levels_level CHECK (level BETWEEN 1 AND 5)
      )`);
    // Covering: the funnel is an index-only scan of one organisation's submission days.
    await q.query(`
      CREATE INDEX ix_insights_referral_levels_submitted ON insights_referral_levels (organisation_id, submitted_on) INCLUDE (level, programme_id, department)`);
    const stageLevel = (col: string) => `CASE ${col} WHEN 'hired' THEN 5 WHEN 'offer' THEN 4 WHEN 'interview' THEN 3 ELSE 1 END`;
    await q.query(`
      CREATE FUNCTION insights_refresh_referral_levels(p_ids uuid[]) RETURNS void LANGUAGE sql AS $$
        INSERT INTO insights_referral_levels AS l (organisation_id, referral_id, submitted_on, programme_id, department, level)
        SELECT r.organisation_id, r.id, (r.created_at AT TIME ZONE 'Europe/Amsterdam')::date, r.programme_id, v.department,
               GREATEST(${stageLevel('r.stage')}, CASE WHEN r.consent_state = 'consented' THEN 2 ELSE 1 END,
                        coalesce((SELECT max(CASE WHEN e.kind = 'stage' THEN ${stageLevel('e.to_value')} WHEN e.to_value = 'consented' THEN 2 ELSE 1 END)
                                    FROM referral_events e WHERE e.organisation_id = r.organisation_id AND e.referral_id = r.id), 1))
          FROM referrals r LEFT JOIN vacancies v ON v.organisation_id = r.organisation_id AND v.id = r.vacancy_id
         WHERE r.id = ANY(p_ids)
         ORDER BY r.organisation_id, r.id
        ON CONFLICT (organisation_id, referral_id) DO UPDATE SET
          submitted_on = EXCLUDED.submitted_on, programme_id = EXCLUDED.programme_id, department = EXCLUDED.department,
          level = GREATEST(l.level, EXCLUDED.level)
      $$`);
    await q.query(`
      CREATE TABLE insights_referrer_firsts (
        organisation_id uuid NOT NULL,
        referrer_user_id uuid NOT NULL,
        programme_id uuid NOT NULL,
        first_referral_at timestamptz NOT NULL,
        CONSTRAINT pk_insights_referrer_firsts PRIMARY KEY (organisation_id, referrer_user_id, programme_id),
        CONSTRAINT fk_insights_referrer_firsts_referrer FOREIGN KEY (organisation_id, referrer_user_id) REFERENCES users (organisation_id, id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE FUNCTION insights_referral_levels_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM insights_refresh_referral_levels(ARRAY(SELECT id FROM new_rows));
        INSERT INTO insights_referrer_firsts AS f (organisation_id, referrer_user_id, programme_id, first_referral_at)
        SELECT organisation_id, referrer_user_id, programme_id, min(created_at) FROM new_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (organisation_id, referrer_user_id, programme_id) DO UPDATE SET first_referral_at = LEAST(f.first_referral_at, EXCLUDED.first_referral_at);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_referrals_insights_levels_insert AFTER INSERT ON referrals
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights_referral_levels_inserted()`);
    await q.query(`
      CREATE FUNCTION insights_referral_levels_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM insights_refresh_referral_levels(ARRAY[NEW.id]);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_referrals_insights_levels_update AFTER UPDATE OF stage, consent_state, programme_id, vacancy_id, created_at ON referrals
      FOR EACH ROW WHEN (OLD.stage IS DISTINCT FROM NEW.stage OR OLD.consent_state IS DISTINCT FROM NEW.consent_state
                         OR OLD.programme_id IS DISTINCT FROM NEW.programme_id OR OLD.vacancy_id IS DISTINCT FROM NEW.vacancy_id
                         OR OLD.created_at IS DISTINCT FROM NEW.created_at)
      EXECUTE FUNCTION insights_referral_levels_changed()`);
    await q.query(`
      CREATE FUNCTION insights_referral_events_levels() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM insights_refresh_referral_levels(ARRAY(SELECT DISTINCT referral_id FROM new_rows));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_referral_events_insights_levels AFTER INSERT ON referral_events
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights_referral_events_levels()`);
    await q.query(`
      CREATE FUNCTION insights_vacancy_department() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE insights_referral_levels l SET department = NEW.department
          FROM referrals r
         WHERE r.organisation_id = NEW.organisation_id AND r.vacancy_id = NEW.id
           AND l.organisation_id = r.organisation_id AND l.referral_id = r.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_vacancies_insights_department AFTER UPDATE OF department ON vacancies
      FOR EACH ROW WHEN (OLD.department IS DISTINCT FROM NEW.department) EXECUTE FUNCTION insights_vacancy_department()`);
    await q.query(`SELECT insights_refresh_referral_levels(ARRAY(SELECT id FROM referrals))`);
    await q.query(`
      INSERT INTO insights_referrer_firsts (organisation_id, referrer_user_id, programme_id, first_referral_at)
      SELECT organisation_id, referrer_user_id, programme_id, min(created_at) FROM referrals GROUP BY 1, 2, 3`);

    // Indexes for the KPI queries: organisation first, then the date each KPI ranges over.
    await q.query(`CREATE INDEX ix_referrals_organisation_created ON referrals (organisation_id, created_at)`);
    await q.query(`CREATE INDEX ix_reward_ledger_organisation_due ON reward_ledger (organisation_id, due_on)`);
    await q.query(`CREATE INDEX ix_share_link_clicks_organisation_day ON share_link_clicks (organisation_id, day)`);
    await q.query(`CREATE INDEX ix_share_links_organisation_created ON share_links (organisation_id, created_at)`);
    await q.query(`CREATE INDEX ix_offers_organisation_decided ON offers (organisation_id, decided_on) WHERE decided_on IS NOT NULL`);
    await q.query(`CREATE INDEX ix_quality_ratings_organisation_rated ON quality_ratings (organisation_id, rated_at)`);
    await q.query(`CREATE INDEX ix_candidate_surveys_organisation_sent ON candidate_surveys (organisation_id, sent_at)`);
    await q.query(`CREATE INDEX ix_consent_events_organisation_purpose ON consent_events (organisation_id, purpose, occurred_at)`);
    await q.query(`CREATE INDEX ix_people_organisation_start ON people (organisation_id, start_date) WHERE start_date IS NOT NULL`);
    await q.query(`CREATE INDEX ix_people_organisation_department ON people (organisation_id, department) WHERE department IS NOT NULL`);
    await q.query(`CREATE INDEX ix_hires_organisation_no_start ON hires (organisation_id, hired_on) WHERE start_date IS NULL`);
    // Bounces of job-alert recipients: a probe per suppressed address, job-alert mails only.
    await q.query(`
      CREATE INDEX ix_mail_messages_job_alert_address ON mail_messages (organisation_id, to_address, created_at)
      WHERE kind IN ('job_alert_instant', 'job_alert_digest')`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of [
      'ix_mail_messages_job_alert_address',
      'ix_hires_organisation_no_start',
      'ix_people_organisation_department',
      'ix_people_organisation_start',
      'ix_consent_events_organisation_purpose',
      'ix_candidate_surveys_organisation_sent',
      'ix_quality_ratings_organisation_rated',
      'ix_offers_organisation_decided',
      'ix_share_links_organisation_created',
      'ix_share_link_clicks_organisation_day',
      'ix_reward_ledger_organisation_due',
      'ix_referrals_organisation_created',
    ]) {
      await q.query(`DROP INDEX ${index}`);
    }
    await q.query(`DROP TRIGGER tr_vacancies_insights_department ON vacancies`);
    await q.query(`DROP TRIGGER tr_referral_events_insights_levels ON referral_events`);
    await q.query(`DROP TRIGGER tr_referrals_insights_levels_update ON referrals`);
    await q.query(`DROP TRIGGER tr_referrals_insights_levels_insert ON referrals`);
    for (const fn of [
      'insights_vacancy_department()',
      'insights_referral_events_levels()',
      'insights_referral_levels_changed()',
      'insights_referral_levels_inserted()',
      'insights_refresh_referral_levels(uuid[])',
    ]) {
      await q.query(`DROP FUNCTION ${fn}`);
    }
    await q.query(`DROP TABLE insights_referrer_firsts`);
    await q.query(`DROP TABLE insights_referral_levels`);
    for (const trigger of ['insert', 'update', 'delete']) {
      await q.query(`DROP TRIGGER tr_mail_messages_job_alert_rollup_${trigger} ON mail_messages`);
      await q.query(`DROP TRIGGER tr_newsletter_deliveries_rollup_${trigger} ON newsletter_deliveries`);
      await q.query(`DROP TRIGGER tr_phase_transitions_rollup_${trigger} ON phase_transitions`);
    }
    await q.query(`DROP FUNCTION insights_job_alert_rollup()`);
    await q.query(`DROP FUNCTION insights_newsletter_rollup()`);
    await q.query(`DROP FUNCTION insights_phase_rollup()`);
    await q.query(`DROP TRIGGER tr_people_initial_phase ON people`);
    await q.query(`CREATE TRIGGER tr_people_initial_phase AFTER INSERT ON people FOR EACH ROW EXECUTE FUNCTION people_initial_phase()`);
    await q.query(`DROP FUNCTION people_initial_phases()`);
    await q.query(`DROP FUNCTION insights_daily_counts_apply(integer, jsonb)`);
    await q.query(`DROP TABLE insights_daily_counts`);
  }
}
