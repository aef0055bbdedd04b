import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OrganisationId, Tx } from '@kring/server-database';
import type { Locale } from '@kring/shared-domain';
import { deliveryEligibleSql, newsletterEligibleSql, type NewsletterKind } from './eligibility';

/** Bulk enqueues smaller than this never trigger an ANALYZE (stale statistics hardly matter for them). */
const ANALYZE_MIN_ROWS = 5000;

/** A delivery row a worker holds: `locked_by` is its claim, `locked_until` its lease. */
export interface ClaimedDelivery {
  id: string;
  organisationId: OrganisationId;
  personId: string;
  email: string;
  locale: Locale;
  firstName: string;
  messageId: string;
  attempts: number;
  /** Still eligible now (consent, same address, not suppressed): rechecked at claim time, see skip(). */
  eligible: boolean;
  /** Per-recipient data fixed at enqueue (activation mails: the referrer's own share links), else null. */
  personal: Record<string, unknown> | null;
}

/**
 * Delivery rows of newsletters. The enqueue runs in HR's transaction (organisation-scoped); the engine methods
 * work across organisations by newsletter or row id (the worker serves everyone) and only ever change a row
 * through the claim that holds it (`locked_by`).
 */
@Injectable()
export class NewsletterDeliveriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One set-based INSERT … SELECT of every recipient: the given people (the segment now) who are eligible,
   * each in their own language when a variant exists, else the organisation's default. Returns the row count.
   */
  async enqueue(
    organisationId: OrganisationId,
    newsletterId: string,
    personIds: string[],
    opts: { now: Date; messageIdHost: string; locales: Locale[]; defaultLocale: Locale },
    tx: Tx,
  ): Promise<number> {
    const [row] = (await tx.query(
      `WITH inserted AS (
       INSERT INTO newsletter_deliveries (id, organisation_id, newsletter_id, person_id, email, locale, next_attempt_at, message_id,
                                          created_at, updated_at)
       SELECT r.id, $1, $2, r.person_id, r.email, r.locale, $4, '<' || r.id || '@' || $5 || '>', $4, $4
         FROM (SELECT gen_random_uuid() AS id, p.id AS person_id, p.email,
                      CASE WHEN p.locale = ANY($6::text[]) THEN p.locale ELSE $7 END AS locale
                 FROM unnest($3::uuid[]) AS chosen(id)
                 JOIN people p ON p.organisation_id = $1 AND p.id = chosen.id
                WHERE ${newsletterEligibleSql('p', '$4')}) r
       ON CONFLICT ON CONSTRAINT uq_newsletter_deliveries_recipient DO NOTHING
       RETURNING 1)
       SELECT count(*)::int AS n FROM inserted`,
      [organisationId, newsletterId, personIds, opts.now, opts.messageIdHost, opts.locales, opts.defaultLocale],
    )) as { n: number }[];
    await this.analyzeAfterBulkEnqueue(row!.n, tx);
    return row!.n;
  }

  /**
   * When one enqueue at least doubled the table (a first big newsletter, or a table last analysed nearly empty), the
   * planner's statistics are stale until autovacuum's next ANALYZE (up to a minute or more later), and the engine's
   * statements then get poor plans (measured: claims of 500 rows taking seconds, 25 msg/s for the first 30 s of a
   * 30k send). ANALYZE inside this transaction counts its own uncommitted rows, so the first claim plans right.
   * Costs ~0.1-0.3 s, only on such sends; it holds a lock that only conflicts with VACUUM/ANALYZE of this table.
   */
  private async analyzeAfterBulkEnqueue(inserted: number, tx: Tx): Promise<void> {
    if (inserted < ANALYZE_MIN_ROWS) return;
    const [stats] = (await tx.query(`SELECT reltuples::float8 AS reltuples FROM pg_class WHERE oid = 'newsletter_deliveries'::regclass`)) as {
      reltuples: number;
    }[];
    if (inserted > (stats?.reltuples ?? -1)) await tx.query(`ANALYZE newsletter_deliveries`);
  }

  /**
   * Claims up to `limit` due queued rows of one newsletter for this worker: FOR UPDATE SKIP LOCKED lets any
   * number of workers claim disjoint sets. The row stays `queued` (nothing was handed to SMTP yet), so a claim
   * whose lease runs out is simply claimed again; `locked_by` changes, which voids the old claim. The candidates are
   * a MATERIALIZED CTE so the locking subquery runs exactly once whatever the statistics say: right after a bulk
   * enqueue into a table last analysed empty, the planner could otherwise re-run it per outer row (seen: a claim of
   * 500 rows of 30,000 still running after 60 s).
   */
  async claim(newsletterId: string, lockedBy: string, now: Date, leaseMs: number, limit: number): Promise<ClaimedDelivery[]> {
    const rows = updatedRows<ClaimedDelivery>(
      await this.dataSource.query(
        `WITH picked AS MATERIALIZED (
           SELECT id FROM newsletter_deliveries
            WHERE newsletter_id = $1 AND status = 'queued' AND next_attempt_at <= $3
              AND (locked_until IS NULL OR locked_until < $3)
            ORDER BY next_attempt_at, id LIMIT $5 FOR UPDATE SKIP LOCKED)
         UPDATE newsletter_deliveries d
            SET locked_by = $2, locked_until = $4, updated_at = $3
           FROM picked, people p, newsletters n
          WHERE d.id = picked.id
            AND d.status = 'queued' AND p.organisation_id = d.organisation_id AND p.id = d.person_id AND n.id = d.newsletter_id
        RETURNING d.id, d.organisation_id AS "organisationId", d.person_id AS "personId", d.email, d.locale,
                  p.first_name AS "firstName", d.message_id AS "messageId", d.attempts, d.personal,
                  (p.email IS NOT DISTINCT FROM d.email AND ${deliveryEligibleSql('n.kind', 'p', '$3')}) AS eligible`,
        [newsletterId, lockedBy, now, new Date(now.getTime() + leaseMs), limit],
      ),
    );
    return rows;
  }

  /** Our claimed rows whose person withdrew consent, changed address or got suppressed since the enqueue become `skipped`. */
  async skip(ids: string[], lockedBy: string, now: Date): Promise<number> {
    if (ids.length === 0) return 0;
    const [, count] = (await this.dataSource.query(
      `UPDATE newsletter_deliveries d
          SET status = 'skipped', last_error = 'no longer eligible (consent, address or suppression)', locked_until = NULL,
              updated_at = $3
         FROM unnest($1::uuid[]) AS mine(id)
        WHERE d.id = mine.id AND d.locked_by = $2 AND d.status = 'queued'`,
      [ids, lockedBy, now],
    )) as [unknown, number];
    return count;
  }

  /**
   * The last step before SMTP: `queued` -> `sending`, only while our claim holds. From here on the row may have
   * been sent, so the lease is renewed for exactly one send.
   */
  async markSending(id: string, lockedBy: string, now: Date, leaseMs: number): Promise<boolean> {
    const [, count] = (await this.dataSource.query(
      `UPDATE newsletter_deliveries SET status = 'sending', attempts = attempts + 1, locked_until = $4, updated_at = $3
        WHERE id = $1 AND locked_by = $2 AND status = 'queued'`,
      [id, lockedBy, now, new Date(now.getTime() + leaseMs)],
    )) as [unknown, number];
    return count === 1;
  }

  /**
   * markSending for a group of rows that the caller hands to SMTP right after this statement returns (all of them,
   * synchronously): one round trip instead of one per row, and still no row becomes `sending` before its hand-off
   * is under way. The same statement records `sent` the rows of this claim whose sends were accepted since the last
   * one (`sent`, see markSentMany), so a steady stream costs one statement per group. Returns the ids that are now
   * ours to send (the others were cancelled or their claim taken over) and how many `sent` rows were recorded.
   */
  async markSendingMany(
    ids: string[],
    lockedBy: string,
    now: Date,
    leaseMs: number,
    sent: { ids: string[]; interruptedReason: string } = { ids: [], interruptedReason: '' },
  ): Promise<{ ours: Set<string>; recorded: number }> {
    if (ids.length === 0 && sent.ids.length === 0) return { ours: new Set(), recorded: 0 };
    const [row] = (await this.dataSource.query(
      `WITH recorded AS (
         UPDATE newsletter_deliveries d
            SET status = 'sent', sent_at = $3, locked_until = NULL, failed_at = NULL, last_error = NULL, updated_at = $3
           FROM unnest($5::uuid[]) AS done(id)
          WHERE d.id = done.id AND d.locked_by = $2 AND (d.status = 'sending' OR (d.status = 'failed' AND d.last_error = $6))
         RETURNING d.id),
       started AS (
         UPDATE newsletter_deliveries d SET status = 'sending', attempts = d.attempts + 1, locked_until = $4, updated_at = $3
           FROM unnest($1::uuid[]) AS mine(id)
          WHERE d.id = mine.id AND d.locked_by = $2 AND d.status = 'queued'
         RETURNING d.id)
       SELECT (SELECT coalesce(array_agg(id), '{}') FROM started)::text[] AS ours, (SELECT count(*)::int FROM recorded) AS recorded`,
      [ids, lockedBy, now, new Date(now.getTime() + leaseMs), sent.ids, sent.interruptedReason],
    )) as { ours: string[]; recorded: number }[];
    return { ours: new Set(row!.ours), recorded: row!.recorded };
  }

  /** markSent for many rows of one claim at once (the engine flushes accepted sends in small batches). Returns the count. */
  async markSentMany(ids: string[], lockedBy: string, now: Date, interruptedReason: string): Promise<number> {
    if (ids.length === 0) return 0;
    const [, count] = (await this.dataSource.query(
      `UPDATE newsletter_deliveries d
          SET status = 'sent', sent_at = $3, locked_until = NULL, failed_at = NULL, last_error = NULL, updated_at = $3
         FROM unnest($1::uuid[]) AS mine(id)
        WHERE d.id = mine.id AND d.locked_by = $2 AND (d.status = 'sending' OR (d.status = 'failed' AND d.last_error = $4))`,
      [ids, lockedBy, now, interruptedReason],
    )) as [unknown, number];
    return count;
  }

  /** SMTP accepted it. Also accepted after the sweep closed the row as interrupted: the truth wins over the guess. */
  async markSent(id: string, lockedBy: string, now: Date, interruptedReason: string): Promise<boolean> {
    const [, count] = (await this.dataSource.query(
      `UPDATE newsletter_deliveries
          SET status = 'sent', sent_at = $3, locked_until = NULL, failed_at = NULL, last_error = NULL, updated_at = $3
        WHERE id = $1 AND locked_by = $2 AND (status = 'sending' OR (status = 'failed' AND last_error = $4))`,
      [id, lockedBy, now, interruptedReason],
    )) as [unknown, number];
    return count === 1;
  }

  /** A transient failure: back to `queued`, due again at `nextAttemptAt`, claim released. */
  async markRetry(id: string, lockedBy: string, now: Date, nextAttemptAt: Date, error: string): Promise<boolean> {
    const [, count] = (await this.dataSource.query(
      `UPDATE newsletter_deliveries
          SET status = 'queued', next_attempt_at = $4, last_error = $5, locked_by = NULL, locked_until = NULL, updated_at = $3
        WHERE id = $1 AND locked_by = $2 AND status = 'sending'`,
      [id, lockedBy, now, nextAttemptAt, error],
    )) as [unknown, number];
    return count === 1;
  }

  async markFailed(id: string, lockedBy: string, now: Date, error: string): Promise<boolean> {
    const [, count] = (await this.dataSource.query(
      `UPDATE newsletter_deliveries SET status = 'failed', failed_at = $3, last_error = $4, locked_until = NULL, updated_at = $3
        WHERE id = $1 AND locked_by = $2 AND status = 'sending'`,
      [id, lockedBy, now, error],
    )) as [unknown, number];
    return count === 1;
  }

  /** Releases claimed rows we did not get to (shutdown, newsletter cancelled) so others can claim them at once. */
  async release(ids: string[], lockedBy: string, now: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(
      `UPDATE newsletter_deliveries d SET locked_by = NULL, locked_until = NULL, updated_at = $3
         FROM unnest($1::uuid[]) AS mine(id)
        WHERE d.id = mine.id AND d.locked_by = $2 AND d.status = 'queued'`,
      [ids, lockedBy, now],
    );
  }

  /** Cross-organisation (sweep): `sending` rows whose lease ran out become failed with `reason`, never resent. */
  async failExpiredLeases(now: Date, reason: string, limit: number): Promise<number> {
    const rows = updatedRows<{ id: string }>(
      await this.dataSource.query(
        `UPDATE newsletter_deliveries SET status = 'failed', failed_at = $1, last_error = $2, locked_until = NULL, updated_at = $1
          WHERE id IN (SELECT id FROM newsletter_deliveries WHERE status = 'sending' AND locked_until < $1
                        ORDER BY locked_until LIMIT $3 FOR UPDATE SKIP LOCKED)
            AND status = 'sending'
        RETURNING id`,
        [now, reason, limit],
      ),
    );
    return rows.length;
  }

  /**
   * HR's knowing resend: rows closed as interrupted (see the in-flight rule) become `queued` again, due now and
   * unclaimed. The old claim is voided (`locked_by` cleared), so a late "sent" from a worker that was only slow no longer
   * lands on them. Same Message-ID, so receiving servers and clients can recognise a duplicate. Returns the count.
   */
  async requeueInterrupted(organisationId: OrganisationId, newsletterId: string, interruptedReason: string, note: string, now: Date, tx: Tx): Promise<number> {
    const [, count] = (await tx.query(
      `UPDATE newsletter_deliveries
          SET status = 'queued', next_attempt_at = $4, failed_at = NULL, last_error = $5, locked_by = NULL, locked_until = NULL, updated_at = $4
        WHERE organisation_id = $1 AND newsletter_id = $2 AND status = 'failed' AND last_error = $3`,
      [organisationId, newsletterId, interruptedReason, now, note],
    )) as [unknown, number];
    return count;
  }

  /**
   * Cross-organisation (sweep): a `sent` newsletter that has queued rows again goes back to `sending`. Only a resend
   * of interrupted rows can cause that, and it reopens the newsletter itself; this repairs the one race where a
   * concurrent completeFinished, planned before the resend committed, closed it again.
   */
  async reopenWithQueuedRows(now: Date): Promise<number> {
    const rows = updatedRows<{ id: string }>(
      await this.dataSource.query(
        `UPDATE newsletters n SET status = 'sending', finished_at = NULL, updated_at = $1
          WHERE n.status = 'sent'
            AND EXISTS (SELECT 1 FROM newsletter_deliveries d WHERE d.newsletter_id = n.id AND d.status = 'queued')
        RETURNING n.id`,
        [now],
      ),
    );
    return rows.length;
  }

  /** Cross-organisation (sweep): sending newsletters with rows that are due and unclaimed, with how many. */
  dueWork(now: Date): Promise<Array<{ newsletterId: string; due: number }>> {
    return this.dataSource.query(
      `SELECT d.newsletter_id AS "newsletterId", count(*)::int AS due
         FROM newsletters n JOIN newsletter_deliveries d ON d.newsletter_id = n.id
        WHERE n.status = 'sending' AND d.status = 'queued' AND d.next_attempt_at <= $1
          AND (d.locked_until IS NULL OR d.locked_until < $1)
        GROUP BY d.newsletter_id`,
      [now],
    );
  }

  /** Cross-organisation: sending newsletters whose every row is final become `sent` (counted in SQL). Returns their ids. */
  async completeFinished(now: Date, newsletterId?: string): Promise<string[]> {
    const rows = updatedRows<{ id: string }>(
      await this.dataSource.query(
        `UPDATE newsletters n SET status = 'sent', finished_at = $1, updated_at = $1
          WHERE n.status = 'sending' AND ($2::uuid IS NULL OR n.id = $2)
            AND NOT EXISTS (SELECT 1 FROM newsletter_deliveries d
                             WHERE d.newsletter_id = n.id AND d.status IN ('queued', 'sending'))
        RETURNING n.id`,
        [now, newsletterId ?? null],
      ),
    );
    return rows.map((r) => r.id);
  }

  /** Cancelling: every row not yet handed to SMTP becomes `skipped` (rows in flight finish normally). */
  async skipQueued(organisationId: OrganisationId, newsletterId: string, now: Date, tx: Tx): Promise<number> {
    const [, count] = (await tx.query(
      `UPDATE newsletter_deliveries SET status = 'skipped', last_error = 'cancelled', locked_by = NULL, locked_until = NULL, updated_at = $3
        WHERE organisation_id = $1 AND newsletter_id = $2 AND status = 'queued'`,
      [organisationId, newsletterId, now],
    )) as [unknown, number];
    return count;
  }

  /** Cross-organisation (sweep): scheduled newsletters that fell due. */
  dueScheduled(now: Date, limit: number): Promise<Array<{ id: string; organisationId: OrganisationId; kind: NewsletterKind }>> {
    return this.dataSource.query(
      `SELECT id, organisation_id AS "organisationId", kind FROM newsletters
        WHERE status = 'scheduled' AND scheduled_at <= $1 ORDER BY scheduled_at LIMIT $2`,
      [now, limit],
    );
  }
}

/** TypeORM answers an UPDATE … RETURNING with `[rows, affected]`. */
function updatedRows<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}
