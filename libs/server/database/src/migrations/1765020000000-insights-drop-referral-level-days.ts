import { MigrationInterface, QueryRunner } from 'typeorm';

const TRIGGERS: Array<[op: string, referencing: string]> = [
  ['insert', 'NEW TABLE AS new_rows'],
  ['update', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
  ['delete', 'OLD TABLE AS old_rows'],
];

/** down(): the rollup function as migration 1764950000000 left it (match referrals not in the funnel). */
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
const COLS = 'organisation_id, submitted_on, programme_id, department, level';

/**
 * HR dashboard (issue 7): insights_referral_level_days (migration 1764930000000) is no longer read — the referral
 * funnel sums the 'referral_level' counters of insights_kpi_counts since migration 1764950000000 — but its triggers
 * still ran on every change of insights_referral_levels. Dropped with its function and triggers; down() restores all
 * three and backfills the table from insights_referral_levels.
 */
export class InsightsDropReferralLevelDays1765020000000 implements MigrationInterface {
  name = 'InsightsDropReferralLevelDays1765020000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [op] of TRIGGERS) await q.query(`DROP TRIGGER tr_insights_referral_levels_days_${op} ON insights_referral_levels`);
    await q.query(`DROP FUNCTION insights_referral_level_days_rollup()`);
    await q.query(`DROP TABLE insights_referral_level_days`);
  }

  async down(q: QueryRunner): Promise<void> {
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
    await q.query(`
      CREATE FUNCTION insights_referral_level_days_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${applyDelta(`SELECT ${COLS}, 1 AS sign FROM new_rows WHERE NOT is_match`)}
        ELSIF TG_OP = 'DELETE' THEN
          ${applyDelta(`SELECT ${COLS}, -1 AS sign FROM old_rows WHERE NOT is_match`)}
        ELSE
          ${applyDelta(`SELECT ${COLS}, -1 AS sign FROM old_rows WHERE NOT is_match UNION ALL SELECT ${COLS}, 1 FROM new_rows WHERE NOT is_match`)}
        END IF;
        RETURN NULL;
      END $$`);
    for (const [op, referencing] of TRIGGERS) {
      await q.query(`
        CREATE TRIGGER tr_insights_referral_levels_days_${op} AFTER ${op.toUpperCase()} ON insights_referral_levels
        REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION insights_referral_level_days_rollup()`);
    }
    await q.query(`
      INSERT INTO insights_referral_level_days (organisation_id, day, programme_id, department, level, n)
      SELECT organisation_id, submitted_on, programme_id, coalesce(department, ''), level, count(*) FROM insights_referral_levels
       WHERE NOT is_match GROUP BY 1, 2, 3, 4, 5`);
  }
}
