import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * HR dashboard speed (issue 7): further rollups so every KPI endpoint reads counters, not rows; and the product rule
 * that a referral with source 'match' (HR sourcing through Search & Match) is not an employee referral.
 *
 * insights_kpi_counts: one counter per (organisation, metric, grain, day, channel, programme (none → the nil uuid),
 * department ('' = none), bucket) with a count n and a sum `amount`. Every contribution is counted on its day (grain
 * 'd') and on the first day of its month (grain 'm'): a period reads its whole months and the days at its edges.
 *   - referral_level day = submitted_on (Amsterdam), programme, vacancy department; bucket = the furthest level
 *                    (1 submitted … 5 hired) of insights_referral_levels; not 'match' referrals.
 *   - hire           day = hired_on; channel, programme, department of the hire. hire_days: the same for hires with
 *                    an application date, bucket = hired_on − applied_on: the median time to hire is computed exactly
 *                    from this histogram.
 *   - hire_start     day = start_date, else hired_on; bucket = 0 left before the 1st anniversary, 1 before the 2nd,
 *                    2 not (yet) left before it: retention at N years is "bucket ≥ N", whatever today is.
 *   - rating         day = Amsterdam day rated; channel, programme, department of the hire; bucket = months (6, 12),
 *                    amount = Σ rating.
 *   - offer_made     day = made_on. offer_decided: day = decided_on, bucket 1 = accepted, 0 = declined.
 *   - survey_sent    day = Amsterdam day sent; survey_answered: day = Amsterdam day answered, channel = the
 *                    referral's outcome, bucket = score 0–10 (NPS is exact). Programme: the survey's; department:
 *                    the referral's vacancy's, as kept in insights_referral_levels.
 *   - reward         day = due_on, channel = currency, amount = cents; ledger lines not cancelled, not of a 'match'
 *                    referral; programme and department through insights_referral_levels.
 *   - tenure         from insights_person_tenure: employees (people with a start date) per start day and the
 *                    person's department; programme nil = all programmes, else only people who referred in that
 *                    programme; bucket = 10 × leaving bucket (as hire_start, first offboarding not cancelled on or
 *                    after the start) + referral bucket (0 first referral before the 1st anniversary, Amsterdam
 *                    midnight; 1 before the 2nd; 2 later or never).
 * Kept like insights_referral_level_days (1764930000000): statement-level triggers with transition tables, the
 * net delta per key, upserts sorted by key (concurrent writers lock counters in the same order: no deadlock, no lost
 * update since each upsert adds under the row lock), counters that reach zero removed. A change on one side of a
 * join (a survey, or its referral's level row) is applied with the other side as it is at that moment, so the
 * counters always equal a recount (libs/server/insights/src/kpis/kpi-rollups.int-spec.ts).
 *
 * insights_participants: per user (programme nil) their eligibility now, department, referral days (all programmes,
 * no 'match' referrals) and share days as multiranges, and per programme they referred in that programme's days:
 * participation is one scan of an organisation's rows with an overlap test, without joins; recomputed for the users
 * touched by changes of users, people's departments, insights_referrer_days, share links and clicks.
 *
 * insights_person_tenure: per employee (and per programme they referred in) the key they count under, recomputed
 * for the people touched by changes of people, users, offboardings and first referrals.
 *
 * Match referrals: their hire and offer get channel 'direct' (ck_hires_referral_channel allows it), and they are
 * left out of the funnel (insights_referral_levels.is_match; the day counters skip them), participation (referrer
 * days), referrer firsts (retention of referrers) and reward money. Candidate NPS keeps them.
 */
export class InsightsKpiRollups1764950000000 implements MigrationInterface {
  name = 'InsightsKpiRollups1764950000000';

  async up(q: QueryRunner): Promise<void> {
    // ---- Match referrals are not employee referrals ------------------------------------------------------------
    await q.query(`ALTER TABLE hires DROP CONSTRAINT ck_hires_referral_channel,
      ADD CONSTRAINT ck_hires_referral_channel CHECK (referral_id IS NULL OR channel IN ('referral', 'direct'))`);
    await q.query(`ALTER TABLE insights_referral_levels ADD COLUMN is_match boolean NOT NULL DEFAULT false`);
    // No referral can have source 'match' yet (1764970000000 allows it), so there is nothing to backfill.
    await q.query(syncReferralSql(true));
    await q.query(referralsInsertSql(true));
    await q.query(refreshLevelsSql(true));
    await q.query(levelDaysRollupSql(true));
    await q.query(refreshReferrerDaysSql(true));
    await q.query(referrerDaysInsertedSql(true));
    await q.query(levelsInsertedSql(true));

    // ---- Counters ------------------------------------------------------------------------------------------------
    await q.query(`
      CREATE TABLE insights_kpi_counts (
        organisation_id uuid NOT NULL,
        metric text NOT NULL,
        grain text NOT NULL,
        day date NOT NULL,
        channel text NOT NULL,
        programme_id uuid NOT NULL,
        department text NOT NULL,
        bucket integer NOT NULL,
        n bigint NOT NULL,
        amount bigint NOT NULL,
        CONSTRAINT pk_insights_kpi_counts PRIMARY KEY (organisation_id, metric, grain, day, channel, programme_id, department, bucket) INCLUDE (n, amount),
        CONSTRAINT fk_insights_kpi_counts_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT ck_insights_kpi_counts_metric CHECK (metric IN ('referral_level', 'hire', 'hire_days', 'hire_start', 'offer_made', 'offer_decided', 'rating', 'survey_sent', 'survey_answered', 'reward', 'tenure')),
        CONSTRAINT ck_insights_kpi_counts_grain CHECK (grain IN ('d', 'm') AND (grain = 'd' OR extract(day FROM day) = 1))
      )`);

    // A hire that changes channel, programme or department moves its quality ratings too (a new hire has none yet;
    // a deleted one had them removed first, below).
    const ratingsOf = (hires: string) =>
      `(SELECT q.* FROM quality_ratings q JOIN (SELECT DISTINCT organisation_id, id FROM ${hires}) k ON k.organisation_id = q.organisation_id AND k.id = q.hire_id)`;
    await q.query(`
      CREATE FUNCTION insights_kpi_hires_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${apply(`SELECT *, 1 AS sign FROM (${hireRows('new_rows')}) a`)}
        ELSIF TG_OP = 'DELETE' THEN ${apply(`SELECT *, -1 AS sign FROM (${hireRows('old_rows')}) a`)}
        ELSE ${apply(`SELECT *, -1 AS sign FROM (${hireRows('old_rows')}) a UNION ALL SELECT *, 1 FROM (${hireRows('new_rows')}) b
                      UNION ALL SELECT *, -1 FROM (${ratingRows(ratingsOf('old_rows'), 'old_rows')}) c UNION ALL SELECT *, 1 FROM (${ratingRows(ratingsOf('new_rows'), 'new_rows')}) d`)}
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION insights_kpi_ratings_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${apply(`SELECT *, 1 AS sign FROM (${ratingRows('new_rows', 'hires')}) a`)}
        ELSIF TG_OP = 'DELETE' THEN ${apply(`SELECT *, -1 AS sign FROM (${ratingRows('old_rows', 'hires')}) a`)}
        ELSE ${apply(`SELECT *, -1 AS sign FROM (${ratingRows('old_rows', 'hires')}) a UNION ALL SELECT *, 1 FROM (${ratingRows('new_rows', 'hires')}) b`)}
        END IF;
        RETURN NULL;
      END $$`);
    // A hire being deleted takes its ratings with it (cascade), but the ratings' AFTER trigger would only run once the
    // hire is gone: remove them first, while the hire still tells under which channel they were counted.
    await q.query(`
      CREATE FUNCTION insights_hire_ratings_detach() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM quality_ratings WHERE organisation_id = OLD.organisation_id AND hire_id = OLD.id;
        RETURN OLD;
      END $$`);
    await q.query(`CREATE TRIGGER tr_hires_insights_ratings_detach BEFORE DELETE ON hires FOR EACH ROW EXECUTE FUNCTION insights_hire_ratings_detach()`);
    await q.query(`
      CREATE FUNCTION insights_kpi_offers_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${apply(`SELECT *, 1 AS sign FROM (${offerRows('new_rows')}) a`)}
        ELSIF TG_OP = 'DELETE' THEN ${apply(`SELECT *, -1 AS sign FROM (${offerRows('old_rows')}) a`)}
        ELSE ${apply(`SELECT *, -1 AS sign FROM (${offerRows('old_rows')}) a UNION ALL SELECT *, 1 FROM (${offerRows('new_rows')}) b`)}
        END IF;
        RETURN NULL;
      END $$`);
    // Surveys and reward lines with the level rows as they are now.
    const levels = 'insights_referral_levels';
    await q.query(`
      CREATE FUNCTION insights_kpi_surveys_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${apply(`SELECT *, 1 AS sign FROM (${surveyRows('new_rows', levels)}) a`)}
        ELSIF TG_OP = 'DELETE' THEN ${apply(`SELECT *, -1 AS sign FROM (${surveyRows('old_rows', levels)}) a`)}
        ELSE ${apply(`SELECT *, -1 AS sign FROM (${surveyRows('old_rows', levels)}) a UNION ALL SELECT *, 1 FROM (${surveyRows('new_rows', levels)}) b`)}
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION insights_kpi_rewards_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${apply(`SELECT *, 1 AS sign FROM (${rewardRows('new_rows', levels)}) a`)}
        ELSIF TG_OP = 'DELETE' THEN ${apply(`SELECT *, -1 AS sign FROM (${rewardRows('old_rows', levels)}) a`)}
        ELSE ${apply(`SELECT *, -1 AS sign FROM (${rewardRows('old_rows', levels)}) a UNION ALL SELECT *, 1 FROM (${rewardRows('new_rows', levels)}) b`)}
        END IF;
        RETURN NULL;
      END $$`);
    // A level row that appears, changes its programme, department or match flag, or goes: the surveys and reward lines
    // of its referral move from the old level row (or none) to the new one (or none).
    const none = `(SELECT * FROM insights_referral_levels WHERE false)`;
    const dependents = (ids: string, before: string, after: string) => `
      SELECT *, -1 AS sign FROM (${surveyRows(`(SELECT c.* FROM candidate_surveys c JOIN ${ids} k ON k.organisation_id = c.organisation_id AND k.referral_id = c.referral_id)`, before)}) a
      UNION ALL SELECT *, 1 FROM (${surveyRows(`(SELECT c.* FROM candidate_surveys c JOIN ${ids} k ON k.organisation_id = c.organisation_id AND k.referral_id = c.referral_id)`, after)}) b
      UNION ALL SELECT *, -1 FROM (${rewardRows(`(SELECT l.* FROM reward_ledger l JOIN ${ids} k ON k.organisation_id = l.organisation_id AND k.referral_id = l.referral_id)`, before)}) c
      UNION ALL SELECT *, 1 FROM (${rewardRows(`(SELECT l.* FROM reward_ledger l JOIN ${ids} k ON k.organisation_id = l.organisation_id AND k.referral_id = l.referral_id)`, after)}) d`;
    await q.query(`
      CREATE FUNCTION insights_kpi_levels_dependents() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${apply(`${dependents('(SELECT DISTINCT organisation_id, referral_id FROM new_rows)', none, 'new_rows')} UNION ALL SELECT *, 1 FROM (${levelRows('new_rows')}) e`)}
        ELSIF TG_OP = 'DELETE' THEN ${apply(`${dependents('(SELECT DISTINCT organisation_id, referral_id FROM old_rows)', 'old_rows', none)} UNION ALL SELECT *, -1 FROM (${levelRows('old_rows')}) e`)}
        ELSE ${apply(
          `${levelRows('old_rows', -1)} UNION ALL ${levelRows('new_rows', 1)} UNION ALL ` +
          dependents(
            `(SELECT DISTINCT o.organisation_id, o.referral_id FROM old_rows o JOIN new_rows n ON n.organisation_id = o.organisation_id AND n.referral_id = o.referral_id
               WHERE (o.programme_id, o.department, o.is_match) IS DISTINCT FROM (n.programme_id, n.department, n.is_match))`,
            'old_rows',
            'new_rows',
          ),
        )}
        END IF;
        RETURN NULL;
      END $$`);

    // A referral being deleted takes its level row with it (cascade) and empties its surveys' referral (SET NULL); the
    // AFTER triggers of both cascades only run at the end of the DELETE, when neither side can see the other any more.
    // So the surveys are detached first, while the level row still tells which department they were counted under.
    await q.query(`
      CREATE FUNCTION insights_referral_surveys_detach() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE candidate_surveys SET referral_id = NULL WHERE organisation_id = OLD.organisation_id AND referral_id = OLD.id;
        RETURN OLD;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_referrals_insights_surveys_detach BEFORE DELETE ON referrals
      FOR EACH ROW EXECUTE FUNCTION insights_referral_surveys_detach()`);

    // Employees' tenure keys, recomputed per person.
    await q.query(`
      CREATE TABLE insights_person_tenure (
        organisation_id uuid NOT NULL,
        person_id uuid NOT NULL,
        programme_id uuid NOT NULL,
        start_date date NOT NULL,
        department text NOT NULL,
        bucket integer NOT NULL,
        CONSTRAINT pk_insights_person_tenure PRIMARY KEY (organisation_id, person_id, programme_id),
        CONSTRAINT fk_insights_person_tenure_person FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE FUNCTION insights_refresh_person_tenure(p_people uuid[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM insights_person_tenure t
         WHERE t.person_id = ANY(p_people)
           AND (t.person_id, t.programme_id) NOT IN (SELECT d.person_id, d.programme_id FROM (${tenureRows('p.id = ANY(p_people)')}) d);
        INSERT INTO insights_person_tenure AS t (organisation_id, person_id, programme_id, start_date, department, bucket)
        SELECT * FROM (${tenureRows('p.id = ANY(p_people)')}) d
         ORDER BY 1, 2, 3
        ON CONFLICT (organisation_id, person_id, programme_id) DO UPDATE SET
          start_date = EXCLUDED.start_date, department = EXCLUDED.department, bucket = EXCLUDED.bucket
         WHERE (t.start_date, t.department, t.bucket) IS DISTINCT FROM (EXCLUDED.start_date, EXCLUDED.department, EXCLUDED.bucket);
      $$`);
    const tenureCounts = (rows: string) =>
      `SELECT organisation_id, 'tenure'::text AS metric, start_date AS day, ''::text AS channel, programme_id, department, bucket, 1::bigint AS n, 0::bigint AS amount FROM ${rows}`;
    await q.query(`
      CREATE FUNCTION insights_kpi_tenure_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${apply(`SELECT *, 1 AS sign FROM (${tenureCounts('new_rows')}) a`)}
        ELSIF TG_OP = 'DELETE' THEN ${apply(`SELECT *, -1 AS sign FROM (${tenureCounts('old_rows')}) a`)}
        ELSE ${apply(`SELECT *, -1 AS sign FROM (${tenureCounts('old_rows')}) a UNION ALL SELECT *, 1 FROM (${tenureCounts('new_rows')}) b`)}
        END IF;
        RETURN NULL;
      END $$`);
    // Who to recompute: people inserted or changed, the people of users linked or unlinked, of offboardings and of first referrals.
    await q.query(`
      CREATE FUNCTION insights_tenure_people_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM insights_refresh_person_tenure(ARRAY(SELECT id FROM new_rows WHERE start_date IS NOT NULL ORDER BY id));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION insights_tenure_person_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.person_id IS NOT NULL THEN PERFORM insights_refresh_person_tenure(ARRAY[OLD.person_id]); END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.person_id IS NOT NULL THEN PERFORM insights_refresh_person_tenure(ARRAY[NEW.person_id]); END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION insights_tenure_people_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM insights_refresh_person_tenure(ARRAY[NEW.id]);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION insights_tenure_users_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM insights_refresh_person_tenure(ARRAY(SELECT person_id FROM new_rows WHERE person_id IS NOT NULL ORDER BY person_id));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION insights_tenure_users_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM insights_refresh_person_tenure(ARRAY(SELECT person_id FROM old_rows WHERE person_id IS NOT NULL ORDER BY person_id));
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION insights_tenure_firsts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM insights_refresh_person_tenure(ARRAY(SELECT DISTINCT u.person_id FROM old_rows f JOIN users u ON u.organisation_id = f.organisation_id AND u.id = f.referrer_user_id
                                                        WHERE u.person_id IS NOT NULL ORDER BY 1));
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          PERFORM insights_refresh_person_tenure(ARRAY(SELECT DISTINCT u.person_id FROM new_rows f JOIN users u ON u.organisation_id = f.organisation_id AND u.id = f.referrer_user_id
                                                        WHERE u.person_id IS NOT NULL ORDER BY 1));
        END IF;
        RETURN NULL;
      END $$`);

    for (const [table, fn] of [
      ['hires', 'insights_kpi_hires_rollup'],
      ['offers', 'insights_kpi_offers_rollup'],
      ['quality_ratings', 'insights_kpi_ratings_rollup'],
      ['candidate_surveys', 'insights_kpi_surveys_rollup'],
      ['reward_ledger', 'insights_kpi_rewards_rollup'],
      ['insights_referral_levels', 'insights_kpi_levels_dependents'],
      ['insights_person_tenure', 'insights_kpi_tenure_rollup'],
    ] as const) {
      await q.query(`CREATE TRIGGER tr_${table}_kpi_counts_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await q.query(
        `CREATE TRIGGER tr_${table}_kpi_counts_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      );
      await q.query(`CREATE TRIGGER tr_${table}_kpi_counts_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    }
    await q.query(`
      CREATE TRIGGER tr_people_tenure_insert AFTER INSERT ON people
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights_tenure_people_inserted()`);
    await q.query(`
      CREATE TRIGGER tr_people_tenure_update AFTER UPDATE OF start_date, department ON people
      FOR EACH ROW WHEN (OLD.start_date IS DISTINCT FROM NEW.start_date OR OLD.department IS DISTINCT FROM NEW.department)
      EXECUTE FUNCTION insights_tenure_people_changed()`);
    await q.query(`
      CREATE TRIGGER tr_users_tenure_insert AFTER INSERT ON users
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights_tenure_users_inserted()`);
    await q.query(`
      CREATE TRIGGER tr_users_tenure_update AFTER UPDATE OF person_id ON users
      FOR EACH ROW WHEN (OLD.person_id IS DISTINCT FROM NEW.person_id) EXECUTE FUNCTION insights_tenure_person_changed()`);
    await q.query(`
      CREATE TRIGGER tr_users_tenure_delete AFTER DELETE ON users
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insights_tenure_users_deleted()`);
    await q.query(`
      CREATE TRIGGER tr_offboardings_tenure AFTER INSERT OR UPDATE OF person_id, status, leaving_date OR DELETE ON offboardings
      FOR EACH ROW EXECUTE FUNCTION insights_tenure_person_changed()`);
    for (const op of ['insert', 'update', 'delete'] as const) {
      const ref = op === 'insert' ? 'NEW TABLE AS new_rows' : op === 'delete' ? 'OLD TABLE AS old_rows' : 'OLD TABLE AS old_rows NEW TABLE AS new_rows';
      await q.query(`
        CREATE TRIGGER tr_insights_referrer_firsts_tenure_${op} AFTER ${op.toUpperCase()} ON insights_referrer_firsts
        REFERENCING ${ref} FOR EACH STATEMENT EXECUTE FUNCTION insights_tenure_firsts_changed()`);
    }

    // ---- Participation: one row per user (programme nil: all programmes, with the share days) and per programme they referred in.
    await q.query(`
      CREATE TABLE insights_participants (
        organisation_id uuid NOT NULL,
        user_id uuid NOT NULL,
        programme_id uuid NOT NULL,
        department text NOT NULL,
        eligible boolean NOT NULL,
        days datemultirange NOT NULL,
        shared datemultirange NOT NULL,
        CONSTRAINT pk_insights_participants PRIMARY KEY (organisation_id, user_id, programme_id),
        CONSTRAINT fk_insights_participants_user FOREIGN KEY (organisation_id, user_id) REFERENCES users (organisation_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_insights_participants_kpi ON insights_participants (organisation_id, programme_id, eligible, department)`);
    await q.query(`
      CREATE FUNCTION insights_refresh_participants(p_users uuid[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM insights_participants t
         WHERE t.user_id = ANY(p_users)
           AND (t.user_id, t.programme_id) NOT IN (SELECT d.user_id, d.programme_id FROM (${participantRows('u.id = ANY(p_users)')}) d);
        INSERT INTO insights_participants AS t (organisation_id, user_id, programme_id, department, eligible, days, shared)
        SELECT * FROM (${participantRows('u.id = ANY(p_users)')}) d
         ORDER BY 1, 2, 3
        ON CONFLICT (organisation_id, user_id, programme_id) DO UPDATE SET
          department = EXCLUDED.department, eligible = EXCLUDED.eligible, days = EXCLUDED.days, shared = EXCLUDED.shared
         WHERE (t.department, t.eligible, t.days, t.shared) IS DISTINCT FROM (EXCLUDED.department, EXCLUDED.eligible, EXCLUDED.days, EXCLUDED.shared);
      $$`);
    const refreshFrom = (name: string, users: string) => `
      CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM insights_refresh_participants(ARRAY(SELECT DISTINCT x FROM (${users}) y(x) WHERE x IS NOT NULL ORDER BY 1));
        RETURN NULL;
      END $$`;
    await q.query(refreshFrom('insights_participants_users_inserted', 'SELECT id FROM new_rows'));
    await q.query(refreshFrom('insights_participants_user_changed', 'SELECT NEW.id'));
    await q.query(
      refreshFrom('insights_participants_person_changed', 'SELECT u.id FROM users u WHERE u.organisation_id = NEW.organisation_id AND u.person_id = NEW.id'),
    );
    await q.query(refreshFrom('insights_participants_days_new', 'SELECT referrer_user_id FROM new_rows'));
    await q.query(refreshFrom('insights_participants_days_old', 'SELECT referrer_user_id FROM old_rows'));
    await q.query(refreshFrom('insights_participants_days_both', 'SELECT referrer_user_id FROM old_rows UNION SELECT referrer_user_id FROM new_rows'));
    await q.query(refreshFrom('insights_participants_links_new', 'SELECT owner_user_id FROM new_rows'));
    await q.query(refreshFrom('insights_participants_links_old', 'SELECT owner_user_id FROM old_rows'));
    await q.query(refreshFrom('insights_participants_link_changed', 'SELECT OLD.owner_user_id UNION SELECT NEW.owner_user_id'));
    await q.query(
      refreshFrom(
        'insights_participants_click_changed',
        `SELECT l.owner_user_id FROM share_links l
          WHERE (TG_OP <> 'INSERT' AND l.organisation_id = OLD.organisation_id AND l.id = OLD.share_link_id)
             OR (TG_OP <> 'DELETE' AND l.organisation_id = NEW.organisation_id AND l.id = NEW.share_link_id)`,
      ),
    );
    await q.query(`CREATE TRIGGER tr_users_participants_insert AFTER INSERT ON users REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights_participants_users_inserted()`);
    await q.query(`
      CREATE TRIGGER tr_users_participants_update AFTER UPDATE OF status, roles, person_id ON users
      FOR EACH ROW WHEN ((OLD.status, OLD.roles, OLD.person_id) IS DISTINCT FROM (NEW.status, NEW.roles, NEW.person_id))
      EXECUTE FUNCTION insights_participants_user_changed()`);
    await q.query(`
      CREATE TRIGGER tr_people_participants_update AFTER UPDATE OF department ON people
      FOR EACH ROW WHEN (OLD.department IS DISTINCT FROM NEW.department) EXECUTE FUNCTION insights_participants_person_changed()`);
    await q.query(`
      CREATE TRIGGER tr_insights_referrer_days_participants_insert AFTER INSERT ON insights_referrer_days
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights_participants_days_new()`);
    await q.query(`
      CREATE TRIGGER tr_insights_referrer_days_participants_update AFTER UPDATE ON insights_referrer_days
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights_participants_days_both()`);
    await q.query(`
      CREATE TRIGGER tr_insights_referrer_days_participants_delete AFTER DELETE ON insights_referrer_days
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insights_participants_days_old()`);
    await q.query(`
      CREATE TRIGGER tr_share_links_participants_insert AFTER INSERT ON share_links
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights_participants_links_new()`);
    await q.query(`
      CREATE TRIGGER tr_share_links_participants_delete AFTER DELETE ON share_links
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insights_participants_links_old()`);
    await q.query(`
      CREATE TRIGGER tr_share_links_participants_update AFTER UPDATE OF owner_user_id, created_at ON share_links
      FOR EACH ROW WHEN ((OLD.owner_user_id, OLD.created_at) IS DISTINCT FROM (NEW.owner_user_id, NEW.created_at))
      EXECUTE FUNCTION insights_participants_link_changed()`);
    // Clicks: only a day's first click (insert) or a counter going to or from zero, a moved day or link, changes anything.
    await q.query(`
      CREATE TRIGGER tr_share_link_clicks_participants_insert AFTER INSERT ON share_link_clicks
      FOR EACH ROW WHEN (NEW.clicks > 0) EXECUTE FUNCTION insights_participants_click_changed()`);
    await q.query(`
      CREATE TRIGGER tr_share_link_clicks_participants_update AFTER UPDATE ON share_link_clicks
      FOR EACH ROW WHEN ((OLD.clicks > 0) IS DISTINCT FROM (NEW.clicks > 0) OR OLD.day IS DISTINCT FROM NEW.day OR OLD.share_link_id IS DISTINCT FROM NEW.share_link_id)
      EXECUTE FUNCTION insights_participants_click_changed()`);
    await q.query(`
      CREATE TRIGGER tr_share_link_clicks_participants_delete AFTER DELETE ON share_link_clicks
      FOR EACH ROW WHEN (OLD.clicks > 0) EXECUTE FUNCTION insights_participants_click_changed()`);

    // ---- Backfill (the same contributions over whole tables) --------------------------------------------------------
    await q.query(`INSERT INTO insights_person_tenure (organisation_id, person_id, programme_id, start_date, department, bucket)
                   SELECT * FROM (${tenureRows('true')}) d`);
    await q.query(`INSERT INTO insights_participants (organisation_id, user_id, programme_id, department, eligible, days, shared)
                   SELECT * FROM (${participantRows('true')}) d ORDER BY 1, 3, 4`);
    // The tenure insert above already counted through its trigger.
    await q.query(
      apply(`SELECT *, 1 AS sign FROM (${levelRows('insights_referral_levels')} UNION ALL ${hireRows('hires')} UNION ALL ${offerRows('offers')} UNION ALL ${ratingRows('quality_ratings', 'hires')} UNION ALL ${surveyRows('candidate_surveys', levels)}
                                       UNION ALL ${rewardRows('reward_ledger', levels)}) a`),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, triggers] of [
      ['users', ['insert', 'update']],
      ['people', ['update']],
      ['insights_referrer_days', ['insert', 'update', 'delete']],
      ['share_links', ['insert', 'delete', 'update']],
      ['share_link_clicks', ['insert', 'update', 'delete']],
    ] as const) {
      for (const op of triggers) await q.query(`DROP TRIGGER tr_${table}_participants_${op} ON ${table}`);
    }
    for (const fn of ['users_inserted', 'user_changed', 'person_changed', 'days_new', 'days_old', 'days_both', 'links_new', 'links_old', 'link_changed', 'click_changed']) {
      await q.query(`DROP FUNCTION insights_participants_${fn}()`);
    }
    await q.query(`DROP FUNCTION insights_refresh_participants(uuid[])`);
    await q.query(`DROP TABLE insights_participants`);
    for (const op of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER tr_insights_referrer_firsts_tenure_${op} ON insights_referrer_firsts`);
    await q.query(`DROP TRIGGER tr_offboardings_tenure ON offboardings`);
    await q.query(`DROP TRIGGER tr_users_tenure_delete ON users`);
    await q.query(`DROP TRIGGER tr_users_tenure_update ON users`);
    await q.query(`DROP TRIGGER tr_users_tenure_insert ON users`);
    await q.query(`DROP TRIGGER tr_people_tenure_update ON people`);
    await q.query(`DROP TRIGGER tr_people_tenure_insert ON people`);
    for (const table of ['hires', 'offers', 'quality_ratings', 'candidate_surveys', 'reward_ledger', 'insights_referral_levels', 'insights_person_tenure']) {
      for (const op of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER tr_${table}_kpi_counts_${op} ON ${table}`);
    }
    await q.query(`DROP TRIGGER tr_referrals_insights_surveys_detach ON referrals`);
    await q.query(`DROP TRIGGER tr_hires_insights_ratings_detach ON hires`);
    for (const fn of [
      'insights_hire_ratings_detach()',
      'insights_kpi_ratings_rollup()',
      'insights_referral_surveys_detach()',
      'insights_tenure_firsts_changed()',
      'insights_tenure_users_deleted()',
      'insights_tenure_users_inserted()',
      'insights_tenure_people_changed()',
      'insights_tenure_person_changed()',
      'insights_tenure_people_inserted()',
      'insights_kpi_tenure_rollup()',
      'insights_refresh_person_tenure(uuid[])',
      'insights_kpi_levels_dependents()',
      'insights_kpi_rewards_rollup()',
      'insights_kpi_surveys_rollup()',
      'insights_kpi_offers_rollup()',
      'insights_kpi_hires_rollup()',
    ]) {
      await q.query(`DROP FUNCTION ${fn}`);
    }
    await q.query(`DROP TABLE insights_person_tenure`);
    await q.query(`DROP TABLE insights_kpi_counts`);

    await q.query(levelsInsertedSql(false));
    await q.query(referrerDaysInsertedSql(false));
    await q.query(refreshReferrerDaysSql(false));
    await q.query(levelDaysRollupSql(false));
    await q.query(refreshLevelsSql(false));
    await q.query(referralsInsertSql(false));
    await q.query(syncReferralSql(false));
    await q.query(`ALTER TABLE insights_referral_levels DROP COLUMN is_match`);
    // 1764970000000's down() removed match referrals (and with them their hires) before this runs.
    await q.query(`DELETE FROM hires WHERE referral_id IS NOT NULL AND channel <> 'referral'`);
    await q.query(`ALTER TABLE hires DROP CONSTRAINT ck_hires_referral_channel, ADD CONSTRAINT ck_hires_referral_channel CHECK (referral_id IS NULL OR channel = 'referral')`);
  }
}

const NIL = `'00000000-0000-0000-0000-000000000000'::uuid`;
const amsterdamDay = (col: string) => `(${col} AT TIME ZONE 'Europe/Amsterdam')::date`;
/** 0: left before the 1st anniversary of `start`, 1: before the 2nd, 2: not before it (or not left). */
const leaveBucket = (start: string, left: string) =>
  `CASE WHEN ${left} IS NULL THEN 2 WHEN ${left} < (${start} + interval '1 year')::date THEN 0 WHEN ${left} < (${start} + interval '2 years')::date THEN 1 ELSE 2 END`;
const referralBucket = (start: string, first: string) =>
  `CASE WHEN ${first} IS NULL THEN 2 WHEN ${first} < ((${start} + interval '1 year')::date::timestamp AT TIME ZONE 'Europe/Amsterdam') THEN 0
        WHEN ${first} < ((${start} + interval '2 years')::date::timestamp AT TIME ZONE 'Europe/Amsterdam') THEN 1 ELSE 2 END`;
const counterColumns = 'organisation_id, metric, grain, day, channel, programme_id, department, bucket';

/** Every contribution twice: on its day (grain 'd') and on the first day of its month (grain 'm'), so a period is read as whole months plus the days at its edges. */
const grains = (rows: string) => `
            SELECT r.organisation_id, r.metric, g.grain, CASE WHEN g.grain = 'd' THEN r.day ELSE date_trunc('month', r.day::timestamp)::date END AS day,
                   r.channel, r.programme_id, r.department, r.bucket, r.n, r.amount, r.sign
              FROM (${rows}) r CROSS JOIN (VALUES ('d'), ('m')) AS g(grain)`;
/** Adds Σ sign × n (and amount) per key of `rows` to the counters, sorted by key; removes counters that reached zero. */
const apply = (rows: string) => `
          INSERT INTO insights_kpi_counts AS c (${counterColumns}, n, amount)
          SELECT ${counterColumns}, sum(sign * n), sum(sign * amount) FROM (${grains(rows)}) x
           WHERE EXISTS (SELECT 1 FROM organisations o WHERE o.id = x.organisation_id)
           GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
          HAVING sum(sign * n) <> 0 OR sum(sign * amount) <> 0
           ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
          ON CONFLICT (${counterColumns}) DO UPDATE SET n = c.n + excluded.n, amount = c.amount + excluded.amount;
          DELETE FROM insights_kpi_counts c
           USING (SELECT DISTINCT ${counterColumns} FROM (${grains(rows)}) y WHERE sign < 0) z
           WHERE c.organisation_id = z.organisation_id AND c.metric = z.metric AND c.grain = z.grain AND c.day = z.day AND c.channel = z.channel
             AND c.programme_id = z.programme_id AND c.department = z.department AND c.bucket = z.bucket AND c.n = 0 AND c.amount = 0;`;

/** The referral funnel: per referral its furthest level (bucket) on its submission day; not 'match' referrals. With `sign`, the sign column is included. */
const levelRows = (rel: string, sign?: number) => `
  SELECT l.organisation_id, 'referral_level'::text AS metric, l.submitted_on AS day, ''::text AS channel, l.programme_id,
         coalesce(l.department, '') AS department, l.level::integer AS bucket, 1::bigint AS n, 0::bigint AS amount${sign === undefined ? '' : `, ${sign} AS sign`}
    FROM ${rel} l WHERE NOT l.is_match`;
const hireRows = (rel: string) => `
  SELECT h.organisation_id, 'hire'::text AS metric, h.hired_on AS day, h.channel, coalesce(h.programme_id, ${NIL}) AS programme_id,
         coalesce(h.department, '') AS department, 0 AS bucket, 1::bigint AS n, 0::bigint AS amount
    FROM ${rel} h
  UNION ALL
  SELECT h.organisation_id, 'hire_days', h.hired_on, h.channel, coalesce(h.programme_id, ${NIL}), coalesce(h.department, ''), h.hired_on - h.applied_on, 1, 0
    FROM ${rel} h WHERE h.applied_on IS NOT NULL
  UNION ALL
  SELECT h.organisation_id, 'hire_start', coalesce(h.start_date, h.hired_on), h.channel, coalesce(h.programme_id, ${NIL}),
         coalesce(h.department, ''), ${leaveBucket('coalesce(h.start_date, h.hired_on)', 'h.left_on')}, 1, 0
    FROM ${rel} h`;
const offerRows = (rel: string) => `
  SELECT o.organisation_id, 'offer_made'::text AS metric, o.made_on AS day, o.channel, coalesce(o.programme_id, ${NIL}) AS programme_id,
         coalesce(o.department, '') AS department, 0 AS bucket, 1::bigint AS n, 0::bigint AS amount
    FROM ${rel} o
  UNION ALL
  SELECT o.organisation_id, 'offer_decided', o.decided_on, o.channel, coalesce(o.programme_id, ${NIL}), coalesce(o.department, ''),
         CASE WHEN o.outcome = 'accepted' THEN 1 ELSE 0 END, 1, 0
    FROM ${rel} o WHERE o.decided_on IS NOT NULL`;
/** Quality ratings with the channel, programme and department of their hire (as found in `hires`). */
const ratingRows = (rel: string, hires: string) => `
  SELECT q.organisation_id, 'rating'::text AS metric, ${amsterdamDay('q.rated_at')} AS day, h.channel, coalesce(h.programme_id, ${NIL}) AS programme_id,
         coalesce(h.department, '') AS department, q.months AS bucket, 1::bigint AS n, q.rating::bigint AS amount
    FROM ${rel} q JOIN ${hires} h ON h.organisation_id = q.organisation_id AND h.id = q.hire_id`;
/** 0 detractor (0–6), 1 passive (7–8), 2 promoter (9–10): all NPS needs, exactly. */
const npsClass = (score: string) => `CASE WHEN ${score} >= 9 THEN 2 WHEN ${score} >= 7 THEN 1 ELSE 0 END`;
const surveyRows = (rel: string, levels: string) => `
  SELECT c.organisation_id, 'survey_sent'::text AS metric, ${amsterdamDay('c.sent_at')} AS day, ''::text AS channel,
         coalesce(c.programme_id, ${NIL}) AS programme_id, coalesce(l.department, '') AS department, 0 AS bucket, 1::bigint AS n, 0::bigint AS amount
    FROM ${rel} c LEFT JOIN ${levels} l ON l.organisation_id = c.organisation_id AND l.referral_id = c.referral_id
  UNION ALL
  SELECT c.organisation_id, 'survey_answered', ${amsterdamDay('c.answered_at')}, c.outcome, coalesce(c.programme_id, ${NIL}), coalesce(l.department, ''),
         ${npsClass('c.score')}, 1, 0
    FROM ${rel} c LEFT JOIN ${levels} l ON l.organisation_id = c.organisation_id AND l.referral_id = c.referral_id
   WHERE c.answered_at IS NOT NULL`;
const rewardRows = (rel: string, levels: string) => `
  SELECT r.organisation_id, 'reward'::text AS metric, r.due_on AS day, r.currency AS channel, coalesce(l.programme_id, ${NIL}) AS programme_id,
         coalesce(l.department, '') AS department, 0 AS bucket, 1::bigint AS n, r.amount_cents::bigint AS amount
    FROM ${rel} r LEFT JOIN ${levels} l ON l.organisation_id = r.organisation_id AND l.referral_id = r.referral_id
   WHERE r.status <> 'cancelled' AND l.is_match IS NOT TRUE`;
/** Employees (people with a start date) matching `where` (alias p): one row for all programmes, one per programme they referred in. */
const tenureRows = (where: string) => `
  WITH p AS (
    SELECT p.organisation_id, p.id, p.start_date, coalesce(p.department, '') AS department, u.id AS user_id
      FROM people p LEFT JOIN users u ON u.organisation_id = p.organisation_id AND u.person_id = p.id
     WHERE p.start_date IS NOT NULL AND ${where}),
  gone AS (
    SELECT p.id, min(o.leaving_date) AS left_on FROM p
      JOIN offboardings o ON o.organisation_id = p.organisation_id AND o.person_id = p.id AND o.status <> 'cancelled' AND o.leaving_date >= p.start_date
     GROUP BY p.id),
  f AS (
    SELECT p.id, f.programme_id, f.first_referral_at FROM p
      JOIN insights_referrer_firsts f ON f.organisation_id = p.organisation_id AND f.referrer_user_id = p.user_id),
  anyf AS (SELECT id, min(first_referral_at) AS first_referral_at FROM f GROUP BY id)
  SELECT p.organisation_id, p.id AS person_id, ${NIL} AS programme_id, p.start_date, p.department,
         10 * (${leaveBucket('p.start_date', 'g.left_on')}) + (${referralBucket('p.start_date', 'a.first_referral_at')}) AS bucket
    FROM p LEFT JOIN gone g ON g.id = p.id LEFT JOIN anyf a ON a.id = p.id
  UNION ALL
  SELECT p.organisation_id, p.id, f.programme_id, p.start_date, p.department,
         10 * (${leaveBucket('p.start_date', 'g.left_on')}) + (${referralBucket('p.start_date', 'f.first_referral_at')})
    FROM p JOIN f ON f.id = p.id LEFT JOIN gone g ON g.id = p.id`;

/**
 * Users matching `where` (alias u): one row with programme nil (eligible now, department of their person, the
 * Amsterdam days they referred on in any programme, the days they shared: created a share link or got clicks on one)
 * and one per programme they referred in (its days).
 */
const participantRows = (where: string) => `
  WITH u AS (
    SELECT u.organisation_id, u.id, coalesce(p.department, '') AS department,
           (u.status = 'active' AND u.roles && ARRAY['employee', 'alumnus', 'external_referrer']::text[]) AS eligible
      FROM users u LEFT JOIN people p ON p.organisation_id = u.organisation_id AND p.id = u.person_id
     WHERE ${where}),
  r AS (
    SELECT d.organisation_id, d.referrer_user_id AS id, d.programme_id, d.days FROM insights_referrer_days d
      JOIN u ON u.organisation_id = d.organisation_id AND u.id = d.referrer_user_id),
  rd AS (SELECT r.id, range_agg(x) AS days FROM r CROSS JOIN LATERAL unnest(r.days) AS x GROUP BY r.id),
  sd AS (
    SELECT id, range_agg(day) AS shared FROM (
      SELECT l.owner_user_id AS id, daterange(${amsterdamDay('l.created_at')}, ${amsterdamDay('l.created_at')}, '[]') AS day
        FROM share_links l JOIN u ON u.organisation_id = l.organisation_id AND u.id = l.owner_user_id
      UNION ALL
      SELECT l.owner_user_id, daterange(k.day, k.day, '[]')
        FROM share_links l JOIN u ON u.organisation_id = l.organisation_id AND u.id = l.owner_user_id
        JOIN share_link_clicks k ON k.organisation_id = l.organisation_id AND k.share_link_id = l.id AND k.clicks > 0) x
     GROUP BY id)
  SELECT u.organisation_id, u.id AS user_id, ${NIL} AS programme_id, u.department, u.eligible,
         coalesce(rd.days, '{}'::datemultirange) AS days, coalesce(sd.shared, '{}'::datemultirange) AS shared
    FROM u LEFT JOIN rd ON rd.id = u.id LEFT JOIN sd ON sd.id = u.id
  UNION ALL
  SELECT u.organisation_id, u.id, r.programme_id, u.department, u.eligible, r.days, '{}'::datemultirange
    FROM u JOIN r ON r.id = u.id`;

// ---- The insights trigger functions of 1764910000000/1764920000000/1764930000000, with (true) or without (false) the match rule.

const referralChannel = (match: boolean, alias: string) => (match ? `CASE WHEN ${alias}.source = 'match' THEN 'direct' ELSE 'referral' END` : `'referral'`);

const syncReferralSql = (match: boolean) => `
      CREATE OR REPLACE FUNCTION insights_sync_referral(p_org uuid, p_referral uuid, p_set_start boolean) RETURNS void LANGUAGE plpgsql AS $$
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
               ${match ? 'rf.source, ' : ''}coalesce(rf.hired_person_id, rf.candidate_person_id) AS person_id,
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
          VALUES (p_org, ${referralChannel(match, 'r')}, 'referral', r.id, r.programme_id, v_person, r.vacancy_id, r.department, r.job_title,
                  LEAST((r.created_at AT TIME ZONE 'Europe/Amsterdam')::date, v_day), v_day, r.start_date, v_left)
          ON CONFLICT (organisation_id, referral_id) DO UPDATE SET${match ? `
            channel = EXCLUDED.channel,` : ''}
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
        VALUES (p_org, ${referralChannel(match, 'r')}, r.id, r.programme_id, v_hire, r.department, LEAST(v_made, v_day), v_outcome,
                CASE WHEN v_outcome = 'pending' THEN NULL ELSE v_day END)
        ON CONFLICT (organisation_id, referral_id) DO UPDATE SET${match ? `
          channel = EXCLUDED.channel,` : ''}
          programme_id = EXCLUDED.programme_id,
          hire_id = EXCLUDED.hire_id,
          department = EXCLUDED.department,
          outcome = EXCLUDED.outcome,
          made_on = LEAST(o.made_on, EXCLUDED.made_on),
          decided_on = CASE WHEN EXCLUDED.outcome = 'pending' THEN NULL ELSE GREATEST(EXCLUDED.decided_on, LEAST(o.made_on, EXCLUDED.made_on)) END,
          updated_at = now();
      END $$`;

const referralsInsertSql = (match: boolean) => `
      CREATE OR REPLACE FUNCTION referrals_insights_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO hires (organisation_id, channel, source, referral_id, programme_id, person_id, vacancy_id, department, job_title,
                           applied_on, hired_on, start_date, left_on)
        SELECT n.organisation_id, ${referralChannel(match, 'n')}, 'referral', n.id, n.programme_id, coalesce(n.hired_person_id, n.candidate_person_id), n.vacancy_id,
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
        SELECT n.organisation_id, ${referralChannel(match, 'n')}, n.id, n.programme_id, left(v.department, 200), (n.stage_changed_at AT TIME ZONE 'Europe/Amsterdam')::date, 'pending'
          FROM new_referrals n
          LEFT JOIN vacancies v ON v.organisation_id = n.organisation_id AND v.id = n.vacancy_id
         WHERE n.stage = 'offer'
        ON CONFLICT (organisation_id, referral_id) DO NOTHING;
        RETURN NULL;
      END $$`;

const stageLevel = (col: string) => `CASE ${col} WHEN 'hired' THEN 5 WHEN 'offer' THEN 4 WHEN 'interview' THEN 3 ELSE 1 END`;
const refreshLevelsSql = (match: boolean) => `
      CREATE OR REPLACE FUNCTION insights_refresh_referral_levels(p_ids uuid[]) RETURNS void LANGUAGE sql AS $$
        INSERT INTO insights_referral_levels AS l (organisation_id, referral_id, submitted_on, programme_id, department, level${match ? ', is_match' : ''})
        SELECT r.organisation_id, r.id, (r.created_at AT TIME ZONE 'Europe/Amsterdam')::date, r.programme_id, v.department,
               GREATEST(${stageLevel('r.stage')}, CASE WHEN r.consent_state = 'consented' THEN 2 ELSE 1 END,
                        coalesce((SELECT max(CASE WHEN e.kind = 'stage' THEN ${stageLevel('e.to_value')} WHEN e.to_value = 'consented' THEN 2 ELSE 1 END)
                                    FROM referral_events e WHERE e.organisation_id = r.organisation_id AND e.referral_id = r.id), 1))${match ? `,
               r.source = 'match'` : ''}
          FROM referrals r LEFT JOIN vacancies v ON v.organisation_id = r.organisation_id AND v.id = r.vacancy_id
         WHERE r.id = ANY(p_ids)
         ORDER BY r.organisation_id, r.id
        ON CONFLICT (organisation_id, referral_id) DO UPDATE SET
          submitted_on = EXCLUDED.submitted_on, programme_id = EXCLUDED.programme_id, department = EXCLUDED.department,
          level = GREATEST(l.level, EXCLUDED.level)${match ? ', is_match = EXCLUDED.is_match' : ''}
      $$`;

const levelDaysRollupSql = (match: boolean) => {
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
  // Match referrals are not employee referrals: not in the funnel.
  const from = (rows: string) => (match ? `${rows} WHERE NOT is_match` : rows);
  return `
      CREATE OR REPLACE FUNCTION insights_referral_level_days_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${applyDelta(`SELECT ${cols}, 1 AS sign FROM ${from('new_rows')}`)}
        ELSIF TG_OP = 'DELETE' THEN
          ${applyDelta(`SELECT ${cols}, -1 AS sign FROM ${from('old_rows')}`)}
        ELSE
          ${applyDelta(`SELECT ${cols}, -1 AS sign FROM ${from('old_rows')} UNION ALL SELECT ${cols}, 1 FROM ${from('new_rows')}`)}
        END IF;
        RETURN NULL;
      END $$`;
};

const referralDays = (rows: string, match: boolean) => `
        SELECT r.organisation_id, r.referrer_user_id, r.programme_id,
               range_agg(daterange((r.created_at AT TIME ZONE 'Europe/Amsterdam')::date, (r.created_at AT TIME ZONE 'Europe/Amsterdam')::date, '[]'))
          FROM ${rows} r${match ? ` WHERE r.source <> 'match'` : ''} GROUP BY 1, 2, 3`;
const referrerKeys = `(SELECT DISTINCT (x->>'organisation_id')::uuid AS organisation_id, (x->>'referrer_user_id')::uuid AS referrer_user_id,
                          (x->>'programme_id')::uuid AS programme_id FROM jsonb_array_elements(p_keys) x)`;
const refreshReferrerDaysSql = (match: boolean) => `
      CREATE OR REPLACE FUNCTION insights_refresh_referrer_days(p_keys jsonb) RETURNS void LANGUAGE sql AS $$
        DELETE FROM insights_referrer_days d USING ${referrerKeys} k
         WHERE d.organisation_id = k.organisation_id AND d.referrer_user_id = k.referrer_user_id AND d.programme_id = k.programme_id;
        INSERT INTO insights_referrer_days (organisation_id, referrer_user_id, programme_id, days)
        ${referralDays(`(SELECT r.* FROM referrals r JOIN ${referrerKeys} k ON r.organisation_id = k.organisation_id
                           AND r.referrer_user_id = k.referrer_user_id AND r.programme_id = k.programme_id)`, match)}
         ORDER BY 1, 2, 3;
      $$`;
const referrerDaysInsertedSql = (match: boolean) => `
      CREATE OR REPLACE FUNCTION insights_referrer_days_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO insights_referrer_days AS d (organisation_id, referrer_user_id, programme_id, days)
        ${referralDays('new_rows', match)}
         ORDER BY 1, 2, 3
        ON CONFLICT (organisation_id, referrer_user_id, programme_id) DO UPDATE SET days = d.days + excluded.days;
        RETURN NULL;
      END $$`;
const levelsInsertedSql = (match: boolean) => `
      CREATE OR REPLACE FUNCTION insights_referral_levels_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM insights_refresh_referral_levels(ARRAY(SELECT id FROM new_rows));
        INSERT INTO insights_referrer_firsts AS f (organisation_id, referrer_user_id, programme_id, first_referral_at)
        SELECT organisation_id, referrer_user_id, programme_id, min(created_at) FROM new_rows${match ? ` WHERE source <> 'match'` : ''} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (organisation_id, referrer_user_id, programme_id) DO UPDATE SET first_referral_at = LEAST(f.first_referral_at, EXCLUDED.first_referral_at);
        RETURN NULL;
      END $$`;
