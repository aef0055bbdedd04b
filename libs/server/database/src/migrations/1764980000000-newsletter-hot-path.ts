import { MigrationInterface, QueryRunner } from 'typeorm';

/** What each delivery row contributes to insights_daily_counts (the same definition as migration 1764910000000). */
const contributions = (rows: string, sign: 1 | -1) => `
      SELECT d.organisation_id, m.metric, (d.sent_at AT TIME ZONE 'Europe/Amsterdam')::date AS day, d.newsletter_id::text AS dim, ${sign} AS n
        FROM ${rows} d CROSS JOIN LATERAL (VALUES
          ('nl_sent', true), ('nl_bounced', d.bounced_at IS NOT NULL), ('nl_unsubscribed', d.unsubscribed_at IS NOT NULL),
          ('nl_opened', d.opened_at IS NOT NULL), ('nl_clicked', d.clicked_at IS NOT NULL)) AS m(metric, applies)
       WHERE d.sent_at IS NOT NULL AND m.applies
      UNION ALL
      SELECT d.organisation_id, 'nl_failed', (d.failed_at AT TIME ZONE 'Europe/Amsterdam')::date, d.newsletter_id::text, ${sign}
        FROM ${rows} d WHERE d.status = 'failed' AND d.failed_at IS NOT NULL`;

/**
 * One net upsert per counter, and none for statements that change no counted fact (the sending engine's hot path).
 * Returns whether a counter went down (only then can one have reached zero).
 */
const applyNet = (parts: Array<[string, 1 | -1]>) => `
        WITH delta AS (
          SELECT organisation_id, metric, day, dim, sum(n)::bigint AS n FROM (${parts.map(([rows, sign]) => contributions(rows, sign)).join(`
      UNION ALL`)}
          ) c GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0),
        upserted AS (
          INSERT INTO insights_daily_counts AS c (organisation_id, metric, day, dim, n)
          SELECT organisation_id, metric, day, dim, n FROM delta
           WHERE EXISTS (SELECT 1 FROM organisations o WHERE o.id = delta.organisation_id)
           ORDER BY 1, 2, 3, 4
          ON CONFLICT (organisation_id, metric, day, dim) DO UPDATE SET n = c.n + excluded.n
          RETURNING 1)
        SELECT coalesce(bool_or(n < 0), false) INTO lowered FROM delta`;

/**
 * The newsletter delivery engine's hot path (issue 6's throughput benchmark): every recipient's row is updated three
 * times (claim, `sending`, `sent`), so what each update costs PostgreSQL is paid 300,000 times per 100k send.
 *
 * 1. **The claim reads 500 index entries, not every queued row.** It takes the due queued rows of one newsletter
 *    `ORDER BY next_attempt_at, id LIMIT 500`, but the due index was keyed (newsletter_id, next_attempt_at) only, so
 *    every claim fetched all queued rows of the newsletter (100,000 at the start of a 100k send) and sorted them for
 *    the 500 first: pg_stat_statements measured 201 claims taking 64 s in all, ~320 ms each, more than every other
 *    statement of the send together. With id as the last key the index is in the claim's order and the LIMIT stops
 *    the scan.
 * 2. **The claim can be a HOT update.** It only sets locked_by, locked_until and updated_at, but locked_until was the
 *    key of the in-flight index, so every claim wrote a new entry into all five indexes of the row. The in-flight
 *    index is now keyed on newsletter_id (still partial on status = 'sending': only rows in flight, a few per worker),
 *    which serves the sweep's lease check as well (it filters on locked_until among those few rows) and
 *    completeFinished's "anything still sending" test. With a fillfactor of 85 the new version usually fits on its
 *    page, so the claim writes no index entry at all.
 * 3. **Newsletter engagement rollup.**
 *    The trigger of migration 1764910000000 subtracted every old row's contribution and added every new row's, each
 *    through a jsonb array: every engine statement (claim, `sending`, `sent`) paid two aggregations, two jsonb round
 *    trips and, for a row that was already sent (an open, a click), a −1 and a +1 on its `nl_sent` counter. Now old
 *    and new contributions are netted in one GROUP BY, counters whose net change is zero are not touched, and the
 *    zero-counter cleanup runs only when a counter went down. Same counters, same definition: the rollup still equals
 *    a recount (the newsletter-engagement test in libs/server/insights/src/kpis/kpis.int-spec.ts).
 */
export class NewsletterHotPath1764980000000 implements MigrationInterface {
  name = 'NewsletterHotPath1764980000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_newsletter_deliveries_due`);
    await q.query(`CREATE INDEX ix_newsletter_deliveries_due ON newsletter_deliveries (newsletter_id, next_attempt_at, id) WHERE status = 'queued'`);
    await q.query(`DROP INDEX ix_newsletter_deliveries_in_flight`);
    await q.query(`CREATE INDEX ix_newsletter_deliveries_in_flight ON newsletter_deliveries (newsletter_id) WHERE status = 'sending'`);
    await q.query(`ALTER TABLE newsletter_deliveries SET (fillfactor = 85)`);
    await q.query(`
      CREATE OR REPLACE FUNCTION insights_newsletter_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        lowered boolean := false;
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          ${applyNet([['new_rows', 1], ['old_rows', -1]])};
        ELSIF TG_OP = 'INSERT' THEN
          ${applyNet([['new_rows', 1]])};
        ELSE
          ${applyNet([['old_rows', -1]])};
        END IF;
        IF lowered THEN
          DELETE FROM insights_daily_counts c
           USING (SELECT DISTINCT organisation_id, metric, day, dim FROM (${contributions('old_rows', -1)}) k) k
           WHERE c.organisation_id = k.organisation_id AND c.metric = k.metric AND c.day = k.day AND c.dim = k.dim AND c.n = 0;
        END IF;
        RETURN NULL;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE newsletter_deliveries RESET (fillfactor)`);
    await q.query(`DROP INDEX ix_newsletter_deliveries_in_flight`);
    await q.query(`CREATE INDEX ix_newsletter_deliveries_in_flight ON newsletter_deliveries (locked_until) WHERE status = 'sending'`);
    await q.query(`DROP INDEX ix_newsletter_deliveries_due`);
    await q.query(`CREATE INDEX ix_newsletter_deliveries_due ON newsletter_deliveries (newsletter_id, next_attempt_at) WHERE status = 'queued'`);
    const legacy = (rows: string) => `
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
      CREATE OR REPLACE FUNCTION insights_newsletter_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
          PERFORM insights_daily_counts_apply(-1, (SELECT jsonb_agg(x) FROM (${legacy('old_rows')}) x));
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          PERFORM insights_daily_counts_apply(1, (SELECT jsonb_agg(x) FROM (${legacy('new_rows')}) x));
        END IF;
        RETURN NULL;
      END $$`);
  }
}
