import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, InjectConfig, type AppConfig, type MailConfig } from '@kring/server-config';
import type { OrganisationId, Tx } from '@kring/server-database';
import { SegmentsService } from '@kring/server-erm';
import { classifySendError, describeSendError, MailTransport, retryDelayMs, SEND_LEASE_MS } from '@kring/server-mail';
import { JobQueue, QueueNames } from '@kring/server-queue';
import type { Locale } from '@kring/shared-domain';
import { compileActivation } from '../activation/activation-render';
import { MailingLinks } from '../links/mailing-links.service';
import { MailTracking } from '../tracking/mail-tracking.service';
import { NewsletterDeliveriesRepository, type ClaimedDelivery } from './newsletter-deliveries.repository';
import { compileNewsletter, type CompiledNewsletter } from './newsletter-render';
import { NewslettersRepository } from './newsletters.repository';
import { newsletterNotFound, newsletterNotSendable } from './newsletters.errors';

/** Rows per job: on send, one job per this many recipients; each job claims at most this many rows. */
export const NEWSLETTER_BATCH_SIZE = 500;

/**
 * last_error of a row whose sender died between handing it to SMTP and recording the answer (the in-flight
 * rule, see docs/developer/mailings-newsletters.md). Same wording and rule as the outbox: never resent.
 */
export const NEWSLETTER_INTERRUPTED_REASON = 'interrupted: delivery unknown, not retried to avoid a duplicate';

const SWEEP_BATCH = 5000;

/** Data of a newsletterSend job: only the newsletter id; the rows decide what is left to do. */
export interface NewsletterSendJobData {
  newsletterId: string;
}

export interface NewsletterRunResult {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  skipped: number;
}

export interface NewsletterSweepResult {
  started: number;
  interrupted: number;
  jobs: number;
  completed: number;
}

/** Starts a newsletter: one INSERT … SELECT of every recipient plus its jobs, in the caller's transaction. */
@Injectable()
export class NewsletterDispatcher {
  private readonly messageIdHost: string;

  constructor(
    private readonly newsletters: NewslettersRepository,
    private readonly deliveries: NewsletterDeliveriesRepository,
    private readonly segments: SegmentsService,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    @InjectConfig('app') app: AppConfig,
  ) {
    this.messageIdHost = new URL(app.publicUrl).hostname;
  }

  /** Throws unless the newsletter can be sent (draft or scheduled, a segment, a variant in the default language). */
  async assertSendable(tx: Tx, organisationId: OrganisationId, newsletterId: string) {
    const newsletter = await this.newsletters.find(organisationId, newsletterId, tx, true);
    if (!newsletter) throw newsletterNotFound();
    if (newsletter.status !== 'draft' && newsletter.status !== 'scheduled') throw newsletterNotSendable('status', newsletter.status);
    if (!newsletter.segmentId) throw newsletterNotSendable('no_segment');
    const variants = await this.newsletters.variants(organisationId, newsletterId, tx);
    const organisation = await this.newsletters.organisation(organisationId, tx);
    if (!variants.some((v) => v.locale === organisation.defaultLocale)) throw newsletterNotSendable('no_default_variant');
    return { newsletter, segmentId: newsletter.segmentId, locales: variants.map((v) => v.locale), defaultLocale: organisation.defaultLocale };
  }

  /** Returns the number of recipients. A newsletter without any eligible recipient is `sent` at once. */
  async start(tx: Tx, organisationId: OrganisationId, newsletterId: string): Promise<number> {
    const { segmentId, locales, defaultLocale } = await this.assertSendable(tx, organisationId, newsletterId);
    const now = this.clock.now();
    const personIds = await this.segments.peopleIds(organisationId, segmentId, tx);
    const recipients = await this.deliveries.enqueue(
      organisationId,
      newsletterId,
      personIds,
      { now, messageIdHost: this.messageIdHost, locales: locales as Locale[], defaultLocale },
      tx,
    );
    await this.newsletters.setStatus(organisationId, newsletterId, { status: recipients > 0 ? 'sending' : 'sent', now }, tx);
    const jobs = Math.ceil(recipients / NEWSLETTER_BATCH_SIZE);
    for (let i = 0; i < jobs; i++) {
      await this.queue.send<NewsletterSendJobData>(QueueNames.newsletterSend, { newsletterId }, {}, tx);
    }
    return recipients;
  }
}

/**
 * The delivery engine (worker). Every method is safe in any number of processes at once: rows are claimed with
 * SKIP LOCKED, every state change is conditional on the claim (`locked_by`), and a row only becomes `sending`
 * (the one state that can hide a sent mail) immediately before it is handed to SMTP.
 */
@Injectable()
export class NewsletterEngine {
  private readonly logger = new Logger(NewsletterEngine.name);
  private readonly processId = `${hostname()}:${process.pid}`;
  private readonly fromAddress: string;

  constructor(
    private readonly newsletters: NewslettersRepository,
    private readonly deliveries: NewsletterDeliveriesRepository,
    private readonly dispatcher: NewsletterDispatcher,
    private readonly transport: MailTransport,
    private readonly links: MailingLinks,
    private readonly tracking: MailTracking,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    @InjectConfig('app') private readonly app: AppConfig,
    @InjectConfig('mail') private readonly mail: MailConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.fromAddress = /<([^>]+)>/.exec(mail.from)?.[1] ?? mail.from.trim();
  }

  /** One job: claim a batch of due rows of this newsletter, render each language once, send, record. */
  async run(newsletterId: string, limit = NEWSLETTER_BATCH_SIZE): Promise<NewsletterRunResult> {
    const result: NewsletterRunResult = { claimed: 0, sent: 0, retried: 0, failed: 0, skipped: 0 };
    const [head] = (await this.dataSource.query(`SELECT organisation_id AS "organisationId", status, kind FROM newsletters WHERE id = $1`, [
      newsletterId,
    ])) as { organisationId: OrganisationId; status: string; kind: 'newsletter' | 'activation' }[];
    if (!head || head.status !== 'sending') return result;

    const lockedBy = `${this.processId}:${randomUUID()}`;
    // The claim must outlive the batch at the configured rate (it is only an efficiency guard: see claim()).
    const leaseMs = Math.max(SEND_LEASE_MS, Math.ceil((limit / this.mail.ratePerSecond) * 1000) * 2);
    const claimed = await this.deliveries.claim(newsletterId, lockedBy, this.clock.now(), leaseMs, limit);
    result.claimed = claimed.length;
    if (claimed.length === 0) {
      await this.deliveries.completeFinished(this.clock.now(), newsletterId);
      return result;
    }
    result.skipped = await this.deliveries.skip(
      claimed.filter((c) => !c.eligible).map((c) => c.id),
      lockedBy,
      this.clock.now(),
    );

    const organisation = await this.newsletters.organisation(head.organisationId);
    const compiled = new Map<Locale, CompiledNewsletter>();
    const compile = head.kind === 'activation' ? compileActivation : compileNewsletter;
    for (const variant of await this.newsletters.variants(head.organisationId, newsletterId)) {
      compiled.set(variant.locale, compile(organisation, variant));
    }
    const tracked = organisation.mailTracking;

    const rows = claimed.filter((c) => c.eligible);
    const concurrency = Math.max(1, this.mail.poolConnections * 2);
    let next = 0;
    const lane = async () => {
      while (next < rows.length) {
        const row = rows[next++]!;
        const outcome = await this.deliver(row, lockedBy, compiled.get(row.locale) ?? compiled.get(organisation.defaultLocale), tracked);
        if (outcome !== 'lost') result[outcome]++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, rows.length) }, lane));
    await this.deliveries.completeFinished(this.clock.now(), newsletterId);
    return result;
  }

  private async deliver(
    row: ClaimedDelivery,
    lockedBy: string,
    variant: CompiledNewsletter | undefined,
    tracked: boolean,
  ): Promise<'sent' | 'retried' | 'failed' | 'skipped' | 'lost'> {
    if (!variant) return 'lost'; // cannot happen: sending requires the default variant, which cannot be removed afterwards
    const token = await this.links.sign(row.organisationId, { personId: row.personId, deliveryId: row.id });
    const unsubscribeUrl = `${this.app.publicUrl}/api/public/mailings/unsubscribe?token=${encodeURIComponent(token)}&topic=${variant.topic}`;
    const preferencesUrl = `${this.app.publicUrl}/preferences/manage?token=${encodeURIComponent(token)}`;
    const personalised = variant.personalise({
      firstName: row.firstName,
      unsubscribeUrl,
      preferencesUrl,
      deliveryId: row.id,
      token,
      personal: row.personal,
    });
    const rendered = tracked ? this.tracking.apply(personalised, { organisationId: row.organisationId, deliveryId: row.id, token }) : personalised;

    // Cancelled meanwhile, or our claim was taken over after its lease: not ours to send.
    if (!(await this.deliveries.markSending(row.id, lockedBy, this.clock.now(), SEND_LEASE_MS))) return 'lost';
    try {
      await this.transport.send({
        to: row.email,
        subject: rendered.subject,
        html: rendered.html,
        text: rendered.text,
        messageId: row.messageId,
        headers: {
          'List-Unsubscribe': `<${unsubscribeUrl}>, <mailto:${this.fromAddress}?subject=${encodeURIComponent(`unsubscribe newsletter ${token}`)}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          Precedence: 'bulk',
          'X-Kring-Kind': variant.kind,
        },
      });
    } catch (error) {
      return this.recordFailure(row, lockedBy, error);
    }
    if (!(await this.deliveries.markSent(row.id, lockedBy, this.clock.now(), NEWSLETTER_INTERRUPTED_REASON))) {
      this.logger.warn({ message: 'sent newsletter could not be recorded as sent', deliveryId: row.id });
    }
    return 'sent';
  }

  private async recordFailure(row: ClaimedDelivery, lockedBy: string, error: unknown): Promise<'retried' | 'failed'> {
    const reason = describeSendError(error);
    const now = this.clock.now();
    const attempts = row.attempts + 1; // markSending counted this attempt
    const permanent = classifySendError(error) === 'permanent';
    if (permanent || attempts >= this.mail.maxAttempts) {
      await this.deliveries.markFailed(row.id, lockedBy, now, permanent ? reason : `gave up after ${attempts} attempts: ${reason}`);
      return 'failed';
    }
    await this.deliveries.markRetry(row.id, lockedBy, now, new Date(now.getTime() + retryDelayMs(attempts)), reason);
    return 'retried';
  }

  /**
   * The per-minute sweep: starts scheduled newsletters that fell due, closes rows whose sender died in flight
   * (failed, NEWSLETTER_INTERRUPTED_REASON, never resent), gives newsletters with due rows (retries, lost jobs,
   * expired claims) fresh jobs, and marks newsletters whose rows are all final as `sent`.
   */
  async sweep(): Promise<NewsletterSweepResult> {
    const now = this.clock.now();
    let started = 0;
    for (const due of await this.deliveries.dueScheduled(now, 50)) {
      try {
        await this.dataSource.transaction((tx) => this.dispatcher.start(tx, due.organisationId, due.id));
        started++;
      } catch (error) {
        // Not sendable any more (segment deleted, variant removed): back to draft so HR sees it, instead of retrying forever.
        this.logger.warn({ message: 'scheduled newsletter could not start', newsletterId: due.id, reason: describeSendError(error) });
        await this.dataSource.transaction((tx) => this.newsletters.setStatus(due.organisationId, due.id, { status: 'draft', now }, tx));
      }
    }
    const interrupted = await this.deliveries.failExpiredLeases(now, NEWSLETTER_INTERRUPTED_REASON, SWEEP_BATCH);
    if (interrupted > 0) this.logger.warn({ message: 'newsletter deliveries interrupted in flight, not resent', count: interrupted });
    let jobs = 0;
    const minute = Math.floor(now.getTime() / 60_000);
    for (const work of await this.deliveries.dueWork(now)) {
      const count = Math.ceil(work.due / NEWSLETTER_BATCH_SIZE);
      for (let i = 0; i < count; i++) {
        const id = await this.queue.send<NewsletterSendJobData>(
          QueueNames.newsletterSend,
          { newsletterId: work.newsletterId },
          { singletonKey: `${work.newsletterId}:${minute}:${i}`, singletonSeconds: 60 },
        );
        if (id) jobs++;
      }
    }
    const completed = (await this.deliveries.completeFinished(now)).length;
    return { started, interrupted, jobs, completed };
  }
}
