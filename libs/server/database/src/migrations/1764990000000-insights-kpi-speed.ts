import { MigrationInterface, QueryRunner } from 'typeorm';

const KEY = 'organisation_id, metric, grain, per_department, department, day, channel, bucket';
const SOURCE_KEY = 'organisation_id, metric, grain, day, channel, department, bucket';

/**
 * Every 'hire' and 'hire_days' counter row of `rel` (insights_kpi_counts columns plus a signed n) twice: for all
 * departments (per_department false, department '') and for its department (per_department true).
 */
const both = (rel: string) => `
    SELECT r.organisation_id, r.metric, r.grain, s.per AS per_department, CASE WHEN s.per THEN r.department ELSE '' END AS department,
           r.day, r.channel, r.bucket, r.n
      FROM (${rel}) r CROSS JOIN (VALUES (false), (true)) AS s(per)
     WHERE r.metric IN ('hire', 'hire_days')`;

/**
 * Adds the net change in `delta` to insights_hire_totals, sorted by key; removes totals that reached zero.
 * Organisations being deleted are skipped (their totals go with them by the foreign key).
 */
const apply = (delta: string) => `
    INSERT INTO insights_hire_totals AS t (${KEY}, n)
    SELECT ${KEY}, sum(n) FROM (${both(delta)}) d
     WHERE EXISTS (SELECT 1 FROM organisations o WHERE o.id = d.organisation_id)
     GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    HAVING sum(n) <> 0
     ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT (${KEY}) DO UPDATE SET n = t.n + excluded.n;
    DELETE FROM insights_hire_totals t
     USING (SELECT DISTINCT ${KEY} FROM (${both(delta)}) d) z
     WHERE t.organisation_id = z.organisation_id AND t.metric = z.metric AND t.grain = z.grain AND t.per_department = z.per_department
       AND t.department = z.department AND t.day = z.day AND t.channel = z.channel AND t.bucket = z.bucket AND t.n = 0;`;

const TRIGGERS: Array<[op: string, referencing: string, delta: string]> = [
  ['insert', 'NEW TABLE AS new_rows', `SELECT ${SOURCE_KEY}, n FROM new_rows`],
  ['update', 'OLD TABLE AS old_rows NEW TABLE AS new_rows', `SELECT ${SOURCE_KEY}, n FROM new_rows UNION ALL SELECT ${SOURCE_KEY}, -n AS n FROM old_rows`],
  ['delete', 'OLD TABLE AS old_rows', `SELECT ${SOURCE_KEY}, -n AS n FROM old_rows`],
];

/**
 * HR dashboard speed (issue 7): the time-to-hire counters without the programme dimension, and the first and last
 * day of each participant's referral and share days (generated columns of insights_participants).
 *
 * insights_hire_totals: per (organisation, metric 'hire' | 'hire_days', grain, day, channel, bucket) the sum of the
 * insights_kpi_counts counters over every programme, once over every department (per_department false, department
 * '') and once per department (per_department true). Kept from insights_kpi_counts by statement-level triggers (net
 * delta per key). Time to hire reads these for every channel it does not narrow to a programme: ~4× fewer rows for
 * a year of the big benchmark organisation unfiltered. Recount: HIRE_TOTALS_RECOUNT_SQL (libs/server/insights).
 */
export class InsightsKpiSpeed1764990000000 implements MigrationInterface {
  name = 'InsightsKpiSpeed1764990000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE insights_hire_totals (
        organisation_id uuid NOT NULL,
        metric text NOT NULL,
        grain text NOT NULL,
        per_department boolean NOT NULL,
        department text NOT NULL,
        day date NOT NULL,
        channel text NOT NULL,
        bucket integer NOT NULL,
        n bigint NOT NULL,
        CONSTRAINT pk_insights_hire_totals PRIMARY KEY (organisation_id, metric, grain, per_department, department, day, channel, bucket) INCLUDE (n),
        CONSTRAINT fk_insights_hire_totals_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE CASCADE,
        CONSTRAINT ck_insights_hire_totals_metric CHECK (metric IN ('hire', 'hire_days')),
        CONSTRAINT ck_insights_hire_totals_grain CHECK (grain IN ('d', 'm')),
        CONSTRAINT ck_insights_hire_totals_department CHECK (per_department OR department = '')
      )`);
    for (const [op, referencing, delta] of TRIGGERS) {
      await q.query(`CREATE FUNCTION insights_hire_totals_${op}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN ${apply(delta)}
          RETURN NULL;
        END $$`);
      await q.query(`CREATE TRIGGER tr_insights_kpi_counts_hire_totals_${op} AFTER ${op.toUpperCase()} ON insights_kpi_counts
        REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION insights_hire_totals_${op}()`);
    }
    // Participation: the first and last day of each multirange, so most rows are decided by two date comparisons.
    await q.query(`
      ALTER TABLE insights_participants
        ADD COLUMN days_first date GENERATED ALWAYS AS (lower(days)) STORED,
        ADD COLUMN days_last date GENERATED ALWAYS AS (upper(days) - 1) STORED,
        ADD COLUMN shared_first date GENERATED ALWAYS AS (lower(shared)) STORED,
        ADD COLUMN shared_last date GENERATED ALWAYS AS (upper(shared) - 1) STORED`);
    await q.query(`
      INSERT INTO insights_hire_totals (${KEY}, n)
      SELECT ${KEY}, sum(n) FROM (${both(`SELECT ${SOURCE_KEY}, n FROM insights_kpi_counts WHERE metric IN ('hire', 'hire_days')`)}) c
       GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [op] of TRIGGERS) {
      await q.query(`DROP TRIGGER tr_insights_kpi_counts_hire_totals_${op} ON insights_kpi_counts`);
      await q.query(`DROP FUNCTION insights_hire_totals_${op}()`);
    }
    await q.query(`DROP TABLE insights_hire_totals`);
    await q.query(`ALTER TABLE insights_participants DROP COLUMN days_first, DROP COLUMN days_last, DROP COLUMN shared_first, DROP COLUMN shared_last`);
  }
}
