import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, type OrganisationId, type Tx } from '@kring/server-database';
import type { Locale } from '@kring/shared-domain';
import { MailMessageEntity } from './mail-message.entity';

export interface NewMailMessage {
  id: string;
  personId: string | null;
  kind: string;
  locale: Locale;
  toAddress: string;
  subject: string;
  htmlBody: string;
  textBody: string;
  headers: Record<string, string>;
  messageId: string;
  sensitive: boolean;
  nextAttemptAt: Date;
}

/** A row the caller has exclusively claimed (status `sending`, locked by `lockedBy` until `lockedUntil`). */
export interface ClaimedMail {
  id: string;
  organisationId: OrganisationId;
  toAddress: string;
  subject: string;
  htmlBody: string | null;
  textBody: string | null;
  headers: Record<string, string>;
  messageId: string;
  attempts: number;
  lockedBy: string;
}

interface ClaimedRow {
  id: string;
  organisation_id: string;
  to_address: string;
  subject: string;
  html_body: string | null;
  text_body: string | null;
  headers: Record<string, string>;
  message_id: string;
  attempts: number;
  locked_by: string;
}

/** Sensitive bodies (login links) are dropped once the message reaches a final state. */
const PURGE_SENSITIVE = `
  html_body = CASE WHEN sensitive THEN NULL ELSE html_body END,
  text_body = CASE WHEN sensitive THEN NULL ELSE text_body END`;

/**
 * Queries on mail_messages. Methods that serve one organisation take its id first; the delivery
 * methods (claim, mark*, sweep queries) work by row id across organisations because the worker
 * serves every organisation: they say so in their names' docs and never return bodies to a tenant.
 */
@Injectable()
export class MailMessagesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(organisationId: OrganisationId, row: NewMailMessage, tx: Tx): Promise<void> {
    await tx.insert(MailMessageEntity, { ...row, organisationId, status: 'queued', attempts: 0 });
  }

  findById(organisationId: OrganisationId, id: string, tx?: Tx): Promise<MailMessageEntity | null> {
    return managerOf(this.dataSource, tx).findOneBy(MailMessageEntity, { organisationId, id });
  }

  listRecent(organisationId: OrganisationId, limit = 50): Promise<MailMessageEntity[]> {
    return this.dataSource.manager.find(MailMessageEntity, {
      where: { organisationId },
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }

  /**
   * Cross-organisation (worker). Atomically moves one due `queued`/`retry` row to `sending`. The
   * single UPDATE re-checks the WHERE clause after waiting for a concurrent claimer's row lock, so
   * exactly one caller gets the row back; everyone else gets null.
   */
  async claim(id: string, lockedBy: string, now: Date, leaseMs: number): Promise<ClaimedMail | null> {
    const rows = updatedRows<ClaimedRow>(
      await this.dataSource.query(
        `UPDATE mail_messages
            SET status = 'sending', locked_by = $2, locked_until = $4, attempts = attempts + 1, updated_at = $3
          WHERE id = $1 AND status IN ('queued', 'retry') AND next_attempt_at <= $3
      RETURNING id, organisation_id, to_address, subject, html_body, text_body, headers, message_id, attempts, locked_by`,
        [id, lockedBy, now, new Date(now.getTime() + leaseMs)],
      ),
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      organisationId: row.organisation_id as OrganisationId,
      toAddress: row.to_address,
      subject: row.subject,
      htmlBody: row.html_body,
      textBody: row.text_body,
      headers: row.headers,
      messageId: row.message_id,
      attempts: row.attempts,
      lockedBy: row.locked_by,
    };
  }

  /**
   * Cross-organisation (worker). Records a delivery the SMTP server accepted. Also accepted when the
   * sweep has meanwhile closed the row as interrupted: the truth (it was sent) wins over the guess.
   */
  async markSent(id: string, lockedBy: string, now: Date, interruptedReason: string): Promise<boolean> {
    // The ERM touchpoint (a mail reached this person) is written by the same statement, so only the one
    // successful markSent of a message records it. Sign-in and invitation mails are not relationship touches.
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `WITH sent AS (
         UPDATE mail_messages
            SET status = 'sent', sent_at = $3, locked_until = NULL, failed_at = NULL, last_error = NULL,
                updated_at = $3, ${PURGE_SENSITIVE}
          WHERE id = $1 AND locked_by = $2
            AND (status = 'sending' OR (status = 'failed' AND last_error = $4))
          RETURNING id, organisation_id, person_id, kind
       ), touch AS (
         INSERT INTO touchpoints (organisation_id, person_id, kind, channel, phase, occurred_at, subject_type, subject_id, data)
         SELECT s.organisation_id, s.person_id, 'mail_sent', 'email', p.phase, $3, 'mail_message', s.id, jsonb_build_object('template', s.kind)
         FROM sent s JOIN people p ON p.organisation_id = s.organisation_id AND p.id = s.person_id
         WHERE s.kind NOT IN ('magic_link', 'invitation')
       )
       SELECT id FROM sent`,
      [id, lockedBy, now, interruptedReason],
    );
    return rows.length === 1;
  }

  /** Cross-organisation (worker). Schedules another attempt; runs in `tx` so the retry job commits with it. */
  async markRetry(id: string, lockedBy: string, now: Date, nextAttemptAt: Date, error: string, tx: Tx): Promise<boolean> {
    const [, count] = (await tx.query(
      `UPDATE mail_messages
          SET status = 'retry', next_attempt_at = $4, last_error = $5, locked_until = NULL, updated_at = $3
        WHERE id = $1 AND locked_by = $2 AND status = 'sending'`,
      [id, lockedBy, now, nextAttemptAt, error],
    )) as [unknown, number];
    return count === 1;
  }

  /** Cross-organisation (worker). Gives up on a message for good. */
  async markFailed(id: string, lockedBy: string, now: Date, error: string): Promise<boolean> {
    const [, count] = (await this.dataSource.query(
      `UPDATE mail_messages
          SET status = 'failed', failed_at = $3, last_error = $4, locked_until = NULL, updated_at = $3,
              ${PURGE_SENSITIVE}
        WHERE id = $1 AND locked_by = $2 AND status = 'sending'`,
      [id, lockedBy, now, error],
    )) as [unknown, number];
    return count === 1;
  }

  /** Cross-organisation (sweep). Ids of `queued`/`retry` rows due at or before `dueBefore`, oldest first. */
  async findDueIds(dueBefore: Date, limit: number): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT id FROM mail_messages
        WHERE status IN ('queued', 'retry') AND next_attempt_at <= $1
        ORDER BY next_attempt_at LIMIT $2`,
      [dueBefore, limit],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /**
   * Cross-organisation (sweep). Closes rows whose `sending` lease ran out as `failed` with `reason`
   * (see MailSender.sweep for why they are never resent). Returns their ids.
   */
  async failExpiredLeases(now: Date, reason: string, limit: number): Promise<string[]> {
    const rows = updatedRows<{ id: string }>(
      await this.dataSource.query(
        `UPDATE mail_messages
            SET status = 'failed', failed_at = $1, last_error = $2, locked_until = NULL, updated_at = $1,
                ${PURGE_SENSITIVE}
          WHERE id IN (
            SELECT id FROM mail_messages WHERE status = 'sending' AND locked_until < $1
             ORDER BY locked_until LIMIT $3 FOR UPDATE SKIP LOCKED)
            AND status = 'sending'
        RETURNING id`,
        [now, reason, limit],
      ),
    );
    return rows.map((r) => r.id);
  }
}

/** TypeORM answers an UPDATE … RETURNING with `[rows, affected]`. */
function updatedRows<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}
