import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, InjectConfig, type MailConfig } from '@kring/server-config';
import { JobQueue, QueueNames } from '@kring/server-queue';
import { classifySendError, describeSendError, retryDelayMs, SEND_LEASE_MS } from './delivery-policy';
import { MailMessagesRepository, type ClaimedMail } from './mail-messages.repository';
import { MailTransport } from './mail-transport';
import type { MailOutboxJobData } from './outbox.service';

export type SendOutcome = 'sent' | 'retry' | 'failed' | 'skipped';

export interface SweepResult {
  /** Due `queued`/`retry` rows that got a fresh job (their job was lost or is late). */
  requeued: number;
  /** `sending` rows past their lease, closed as failed without resending. */
  interrupted: number;
}

/** last_error of a row whose sender died mid-send. Stable text: dashboards and markSent match on it. */
export const INTERRUPTED_REASON = 'interrupted: delivery unknown, not retried to avoid a duplicate';

/** A due row is only re-enqueued by the sweep when its normal job should long have run. */
export const SWEEP_GRACE_MS = 2 * 60_000;
const SWEEP_BATCH = 500;

/**
 * Delivers outbox rows. Every method is safe to run in any number of processes at once: the claim
 * is one atomic UPDATE, and results are only recorded by the claim that holds the row.
 */
@Injectable()
export class MailSender {
  private readonly logger = new Logger(MailSender.name);
  private readonly processId = `${hostname()}:${process.pid}`;

  constructor(
    private readonly messages: MailMessagesRepository,
    private readonly transport: MailTransport,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    @InjectConfig('mail') private readonly config: MailConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * Sends one row if it is due and nobody else has it. Returns `skipped` for a row that is already
   * sent, failed, in flight elsewhere or not yet due: a duplicate job is harmless.
   */
  async send(id: string): Promise<SendOutcome> {
    const claimed = await this.messages.claim(id, `${this.processId}:${randomUUID()}`, this.clock.now(), SEND_LEASE_MS);
    if (!claimed) return 'skipped';
    try {
      await this.transport.send({
        to: claimed.toAddress,
        subject: claimed.subject,
        html: claimed.htmlBody,
        text: claimed.textBody,
        headers: claimed.headers,
        messageId: claimed.messageId,
      });
    } catch (error) {
      return this.recordFailure(claimed, error);
    }
    const recorded = await this.messages.markSent(claimed.id, claimed.lockedBy, this.clock.now(), INTERRUPTED_REASON);
    if (!recorded) this.logger.warn({ message: 'sent mail could not be recorded as sent', mailId: claimed.id });
    return 'sent';
  }

  private async recordFailure(claimed: ClaimedMail, error: unknown): Promise<SendOutcome> {
    const reason = describeSendError(error);
    const now = this.clock.now();
    const permanent = classifySendError(error) === 'permanent';
    if (permanent || claimed.attempts >= this.config.maxAttempts) {
      const why = permanent ? reason : `gave up after ${claimed.attempts} attempts: ${reason}`;
      await this.messages.markFailed(claimed.id, claimed.lockedBy, now, why);
      this.logger.warn({ message: 'mail failed', code: 'mail_failed', mailId: claimed.id, reason: why });
      return 'failed';
    }
    const nextAttemptAt = new Date(now.getTime() + retryDelayMs(claimed.attempts));
    await this.dataSource.transaction(async (tx) => {
      if (await this.messages.markRetry(claimed.id, claimed.lockedBy, now, nextAttemptAt, reason, tx)) {
        await this.queue.send<MailOutboxJobData>(QueueNames.mailOutbox, { id: claimed.id }, { startAfter: nextAttemptAt }, tx);
      }
    });
    this.logger.log({ message: 'mail will be retried', mailId: claimed.id, attempts: claimed.attempts, nextAttemptAt, reason });
    return 'retry';
  }

  /**
   * Repairs what jobs alone cannot:
   *
   * (a) `queued`/`retry` rows due for longer than SWEEP_GRACE_MS get a new job (a job was lost, or
   *     expired while the worker was down). Duplicate jobs are harmless: the claim lets one win.
   *
   * (b) Rows stuck in `sending` past their lease. RULE (at-most-once): the process that claimed the row
   *     died between claiming it and recording the result, so we cannot know whether the SMTP server
   *     accepted the message. Resending could deliver it twice (a second invitation, a second login
   *     link), so such a row is NEVER resent automatically: it is marked `failed` with last_error
   *     INTERRUPTED_REASON, and a person can decide to send again. Should the original sender still
   *     finish and record success, markSent turns the row into `sent`.
   */
  async sweep(): Promise<SweepResult> {
    const now = this.clock.now();
    const interrupted = await this.messages.failExpiredLeases(now, INTERRUPTED_REASON, SWEEP_BATCH);
    const due = await this.messages.findDueIds(new Date(now.getTime() - SWEEP_GRACE_MS), SWEEP_BATCH);
    for (const id of due) {
      await this.queue.send<MailOutboxJobData>(QueueNames.mailOutbox, { id }, { singletonKey: id, singletonSeconds: 60 });
    }
    if (interrupted.length > 0) {
      this.logger.warn({ message: 'mail interrupted in flight, not resent', code: 'mail_interrupted', mailIds: interrupted });
    }
    return { requeued: due.length, interrupted: interrupted.length };
  }
}
