import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Speed of the HR dashboard's KPIs at scale (issue 7, `npm run bench:dashboard`: 1M referrals, 10M touchpoints,
 * 50 organisations, every endpoint under 50 ms p95). Measured with EXPLAIN (ANALYZE, BUFFERS) on an organisation
 * with 350k referrals (bench/dashboard/explain.ts); see docs/benchmarks.md.
 *
 * - insights_referral_level_days: the referral funnel per (organisation, Amsterdam submission day, programme,
 *   vacancy department ('' = none), furthest level) with a count, kept from insights_referral_levels by
 *   statement-level triggers (net delta per key, sorted upserts, zero rows removed). A year of a big organisation is
 *   then tens of thousands of counters instead of hundreds of thousands of referrals.
 * - insights_referrer_days: per (organisation, referrer, programme) the Amsterdam days with a referral, as one
 *   datemultirange (PostgreSQL 14+), kept by triggers on referrals (inserts merge days in; deletes and changes of
 *   created_at, referrer or programme recount the keys they touch). Participation asks one overlap test per
 *   referrer instead of de-duplicating every referral of the period (a big organisation: ~50k referrers against
 *   ~260k referrals a year).
 * - The KPI indexes of 1764900000000/1764910000000 are rebuilt with INCLUDE columns (same names, same keys), so each
 *   KPI reads one organisation's date range with an index-only scan instead of fetching every row from the heap.
 */
export class InsightsIndexes1764930000000 implements MigrationInterface {
  name = 'InsightsIndexes1764930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE insights_referral_level_days (
        organisation_id uuid NOT NULL,
        day date NOT NULL,
        programme_id uuid NOT NULL,
        department text NOT NULL,
        level smallint NOT NULL,
        n bigint NOT NULL,
        CONSTRAINT pk_insights_referral_level_days PRIMARY KEY (organisation_id, day, programme_id, department, level) INCLUDE (n),
        CONSTRAINT fk_insights_referral_level_days_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT ck_insights_referral_level_days_level CHECK (level BETWEEN 1 AND 5)
      )`);
    // rows: {organisation_id, submitted_on, programme_id, department, level, sign}. Organisations being deleted are skipped.
    const applyDelta = (rows: string) => `
        INSERT INTO insights_referral_level_days AS d (organisation_id, day, programme_id, department, level, n)
        SELECT x.organisation_id, x.submitted_on, x.programme_id, coalesce(x.department, ''), x.level, sum(x.sign)
          FROM (${rows}) x
         WHERE EXISTS (SELECT 1 FROM organisations o WHERE o.id = x.organisation_id)
         GROUP BY 1, 2, 3, 4, 5
        HAVING sum(x.sign) <> 0
         ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (organisation_id, day, programme_id, department, level) DO UPDATE SET n = d.n + excluded.n;
        DELETE FROM insights_referral_level_days d
         USING (SELECT DISTINCT organisation_id, submitted_on, programme_id, coalesce(department, '') AS department, level FROM (${rows}) y WHERE sign < 0) z
         WHERE d.organisation_id = z.organisation_id AND d.day = z.submitted_on AND d.programme_id = z.programme_id
           AND d.department = z.department AND d.level = z.level AND d.n = 0;`;
    const cols = 'organisation_id, submitted_on, programme_id, department, level';
    await q.query(`
      CREATE FUNCTION insights_referral_level_days_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${applyDelta(`SELECT ${cols}, 1 AS sign FROM new_rows`)}
        ELSIF TG_OP = 'DELETE' THEN
          ${applyDelta(`SELECT ${cols}, -1 AS sign FROM old_rows`)}
        ELSE
          ${applyDelta(`SELECT ${cols}, -1 AS sign FROM old_rows UNION ALL SELECT ${cols}, 1 FROM new_rows`)}
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_insights_referral_levels_days_insert AFTER INSERT ON insights_referral_levels
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights_referral_level_days_rollup()`);
    await q.query(`
      CREATE TRIGGER tr_insights_referral_levels_days_update AFTER UPDATE ON insights_referral_levels
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights_referral_level_days_rollup()`);
    await q.query(`
      CREATE TRIGGER tr_insights_referral_levels_days_delete AFTER DELETE ON insights_referral_levels
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insights_referral_level_days_rollup()`);
    await q.query(`
      INSERT INTO insights_referral_level_days (organisation_id, day, programme_id, department, level, n)
      SELECT organisation_id, submitted_on, programme_id, coalesce(department, ''), level, count(*) FROM insights_referral_levels GROUP BY 1, 2, 3, 4, 5`);

    // Participation: the Amsterdam days on which each referrer referred, per programme, as one multirange.
    await q.query(`
      CREATE TABLE insights_referrer_days (
        organisation_id uuid NOT NULL,
        referrer_user_id uuid NOT NULL,
        programme_id uuid NOT NULL,
        days datemultirange NOT NULL,
        CONSTRAINT pk_insights_referrer_days PRIMARY KEY (organisation_id, referrer_user_id, programme_id),
        CONSTRAINT fk_insights_referrer_days_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE
      )`);
    const referralDays = (rows: string) => `
        SELECT r.organisation_id, r.referrer_user_id, r.programme_id,
               range_agg(daterange((r.created_at AT TIME ZONE 'Europe/Amsterdam')::date, (r.created_at AT TIME ZONE 'Europe/Amsterdam')::date, '[]'))
          FROM ${rows} r GROUP BY 1, 2, 3`;
    // Keys whose referrals changed or went are recounted from referrals (index on organisation, referrer, created_at).
    const keys = `(SELECT DISTINCT (x->>'organisation_id')::uuid AS organisation_id, (x->>'referrer_user_id')::uuid AS referrer_user_id,
                          (x->>'programme_id')::uuid AS programme_id FROM jsonb_array_elements(p_keys) x)`;
    await q.query(`
      CREATE FUNCTION insights_refresh_referrer_days(p_keys jsonb) RETURNS void LANGUAGE sql AS $$
        DELETE FROM insights_referrer_days d USING ${keys} k
         WHERE d.organisation_id = k.organisation_id AND d.referrer_user_id = k.referrer_user_id AND d.programme_id = k.programme_id;
        INSERT INTO insights_referrer_days (organisation_id, referrer_user_id, programme_id, days)
        ${referralDays(`(SELECT r.* FROM referrals r JOIN ${keys} k ON r.organisation_id = k.organisation_id
                           AND r.referrer_user_id = k.referrer_user_id AND r.programme_id = k.programme_id)`)}
         ORDER BY 1, 2, 3;
      $$`);
    await q.query(`
      CREATE FUNCTION insights_referrer_days_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO insights_referrer_days AS d (organisation_id, referrer_user_id, programme_id, days)
        ${referralDays('new_rows')}
         ORDER BY 1, 2, 3
        ON CONFLICT (organisation_id, referrer_user_id, programme_id) DO UPDATE SET days = d.days + excluded.days;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION insights_referrer_days_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM insights_refresh_referrer_days((SELECT jsonb_agg(DISTINCT jsonb_build_object('organisation_id', organisation_id,
                  'referrer_user_id', referrer_user_id, 'programme_id', programme_id)) FROM old_rows
                  WHERE EXISTS (SELECT 1 FROM organisations o WHERE o.id = old_rows.organisation_id)));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION insights_referrer_days_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM insights_refresh_referrer_days(jsonb_build_array(
          jsonb_build_object('organisation_id', OLD.organisation_id, 'referrer_user_id', OLD.referrer_user_id, 'programme_id', OLD.programme_id),
          jsonb_build_object('organisation_id', NEW.organisation_id, 'referrer_user_id', NEW.referrer_user_id, 'programme_id', NEW.programme_id)));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_referrals_insights_referrer_days_insert AFTER INSERT ON referrals
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights_referrer_days_inserted()`);
    await q.query(`
      CREATE TRIGGER tr_referrals_insights_referrer_days_delete AFTER DELETE ON referrals
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insights_referrer_days_deleted()`);
    await q.query(`
      CREATE TRIGGER tr_referrals_insights_referrer_days_update AFTER UPDATE OF created_at, referrer_user_id, programme_id ON referrals
      FOR EACH ROW WHEN (OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.referrer_user_id IS DISTINCT FROM NEW.referrer_user_id
                         OR OLD.programme_id IS DISTINCT FROM NEW.programme_id)
      EXECUTE FUNCTION insights_referrer_days_changed()`);
    await q.query(`INSERT INTO insights_referrer_days (organisation_id, referrer_user_id, programme_id, days) ${referralDays('referrals')}`);

    for (const [name, definition] of Object.entries(COVERING)) {
      await q.query(`DROP INDEX ${name}`);
      await q.query(`CREATE INDEX ${name} ON ${definition.on} INCLUDE (${definition.include})${definition.where ? ` WHERE ${definition.where}` : ''}`);
    }
    // Participation (eligible referrers) and retention (people → their user → first referral) read whole organisations' users and firsts.
    await q.query(`CREATE INDEX ix_users_organisation_person_kpi ON users (organisation_id, person_id) INCLUDE (id, status, roles)`);
    await q.query(`CREATE INDEX ix_insights_referrer_firsts_kpi ON insights_referrer_firsts (organisation_id, referrer_user_id, programme_id) INCLUDE (first_referral_at)`);
    // Reward money per programme or department: the ledger's referrals looked up in the levels without visiting the heap.
    await q.query(`CREATE INDEX ix_insights_referral_levels_referral_kpi ON insights_referral_levels (organisation_id, referral_id) INCLUDE (programme_id, department)`);
    // Candidate NPS per department: the department's referrals of one organisation, joined to its surveys by hash.
    await q.query(`CREATE INDEX ix_insights_referral_levels_department_kpi ON insights_referral_levels (organisation_id, department) INCLUDE (referral_id, programme_id)`);
    // Phase, newsletter and job-alert counters summed without visiting the heap.
    await q.query(`CREATE INDEX ix_insights_daily_counts_kpi ON insights_daily_counts (organisation_id, metric, day, dim) INCLUDE (n)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_insights_daily_counts_kpi`);
    await q.query(`DROP INDEX ix_insights_referral_levels_department_kpi`);
    await q.query(`DROP INDEX ix_insights_referral_levels_referral_kpi`);
    await q.query(`DROP INDEX ix_insights_referrer_firsts_kpi`);
    await q.query(`DROP INDEX ix_users_organisation_person_kpi`);
    for (const [name, definition] of Object.entries(COVERING).reverse()) {
      await q.query(`DROP INDEX ${name}`);
      await q.query(`CREATE INDEX ${name} ON ${definition.on}${definition.where ? ` WHERE ${definition.where}` : ''}`);
    }
    for (const trigger of ['insert', 'update', 'delete']) {
      await q.query(`DROP TRIGGER tr_referrals_insights_referrer_days_${trigger} ON referrals`);
    }
    await q.query(`DROP FUNCTION insights_referrer_days_changed()`);
    await q.query(`DROP FUNCTION insights_referrer_days_deleted()`);
    await q.query(`DROP FUNCTION insights_referrer_days_inserted()`);
    await q.query(`DROP FUNCTION insights_refresh_referrer_days(jsonb)`);
    await q.query(`DROP TABLE insights_referrer_days`);
    for (const trigger of ['insert', 'update', 'delete']) {
      await q.query(`DROP TRIGGER tr_insights_referral_levels_days_${trigger} ON insights_referral_levels`);
    }
    await q.query(`DROP FUNCTION insights_referral_level_days_rollup()`);
    await q.query(`DROP TABLE insights_referral_level_days`);
  }
}

/** Existing KPI indexes (keys and predicates unchanged) and the columns their KPI reads. */
const COVERING: Record<string, { on: string; include: string; where?: string }> = {
  ix_hires_organisation_hired: { on: 'hires (organisation_id, hired_on)', include: 'channel, department, programme_id, applied_on, id' },
  ix_hires_organisation_start: { on: 'hires (organisation_id, start_date)', include: 'channel, department, programme_id, left_on', where: 'start_date IS NOT NULL' },
  ix_hires_organisation_no_start: { on: 'hires (organisation_id, hired_on)', include: 'channel, department, programme_id, left_on', where: 'start_date IS NULL' },
  ix_offers_organisation_made: { on: 'offers (organisation_id, made_on)', include: 'channel, department, programme_id, decided_on, outcome' },
  ix_offers_organisation_decided: { on: 'offers (organisation_id, decided_on)', include: 'channel, department, programme_id, made_on, outcome', where: 'decided_on IS NOT NULL' },
  ix_reward_ledger_organisation_due: { on: 'reward_ledger (organisation_id, due_on)', include: 'status, currency, amount_cents, referral_id' },
  ix_quality_ratings_organisation_rated: { on: 'quality_ratings (organisation_id, rated_at)', include: 'hire_id, months, rating' },
  ix_candidate_surveys_organisation_answered: {
    on: 'candidate_surveys (organisation_id, answered_at)',
    include: 'outcome, score, programme_id, referral_id',
    where: 'answered_at IS NOT NULL',
  },
  ix_candidate_surveys_organisation_sent: { on: 'candidate_surveys (organisation_id, sent_at)', include: 'programme_id, referral_id' },
  ix_referrals_organisation_created: { on: 'referrals (organisation_id, created_at)', include: 'referrer_user_id, programme_id' },
  ix_share_link_clicks_organisation_day: { on: 'share_link_clicks (organisation_id, day)', include: 'share_link_id, clicks' },
  ix_share_links_organisation_created: { on: 'share_links (organisation_id, created_at)', include: 'owner_user_id' },
  ix_people_organisation_start: { on: 'people (organisation_id, start_date)', include: 'id, department', where: 'start_date IS NOT NULL' },
};
