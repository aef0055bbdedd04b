import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, InjectConfig, type AppConfig, type MailConfig } from '@kring/server-config';
import type { OrganisationId, Tx } from '@kring/server-database';
import { SegmentsService } from '@kring/server-erm';
import { classifySendError, describeSendError, MailTransport, retryDelayMs, SEND_LEASE_MS, type OutgoingMail } from '@kring/server-mail';
import { JobQueue, QueueNames } from '@kring/server-queue';
import type { Locale } from '@kring/shared-domain';
import { ActivationDispatcher } from '../activation/activation-dispatcher.service';
import { compileActivation } from '../activation/activation-render';
import { MailingLinks } from '../links/mailing-links.service';
import { MailTracking } from '../tracking/mail-tracking.service';
import { NewsletterDeliveriesRepository, type ClaimedDelivery } from './newsletter-deliveries.repository';
import { compileNewsletter, type CompiledNewsletter } from './newsletter-render';
import { NEWSLETTER_BATCH_SIZE, type NewsletterSendJobData } from './newsletter-jobs';
import { NewslettersRepository } from './newsletters.repository';
import { newsletterNotFound, newsletterNotSendable } from './newsletters.errors';

export { NEWSLETTER_BATCH_SIZE, type NewsletterSendJobData } from './newsletter-jobs';

/**
 * last_error of a row whose sender died between handing it to SMTP and recording the answer (the in-flight
 * rule, see docs/developer/mailings-newsletters.md). Same wording and rule as the outbox: never resent.
 */
export const NEWSLETTER_INTERRUPTED_REASON = 'interrupted: delivery unknown, not retried to avoid a duplicate';

const SWEEP_BATCH = 5000;

/**
 * Accepted sends are recorded (`sending` -> `sent`) with the next group's markSending statement, else in one statement
 * per this many rows or after this many ms, whichever comes first, and always before a run returns. A crash before a flush leaves those delivered rows
 * `sending`; the sweep then records them as interrupted (failed, never resent): never a duplicate, never a resend.
 */
export const NEWSLETTER_SENT_FLUSH_ROWS = 100;
export const NEWSLETTER_SENT_FLUSH_MS = 50;

/** How long a worker's job keeps claiming further batches of its newsletter (the worker passes it as continueForMs). */
export const NEWSLETTER_RUN_BUDGET_MS = 60_000;

export interface NewsletterRunOptions {
  /** Keep claiming the next batch (prefetched while the current one sends) until this many ms have passed. */
  continueForMs?: number;
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
export class NewsletterEngine implements OnModuleDestroy {
  private readonly logger = new Logger(NewsletterEngine.name);
  private readonly processId = `${hostname()}:${process.pid}`;
  private readonly fromAddress: string;
  private readonly running = new Set<{ stopped: boolean }>();
  private stopping = false;
  /** MAIL_RATE_PER_SECOND, applied before rows become `sending` (see SendPacer). Shared by every run of this process. */
  private pacer?: SendPacer;

  constructor(
    private readonly newsletters: NewslettersRepository,
    private readonly deliveries: NewsletterDeliveriesRepository,
    private readonly dispatcher: NewsletterDispatcher,
    private readonly activationDispatcher: ActivationDispatcher,
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

  /**
   * One job: claim due rows of this newsletter (`limit` per claim), render each language once, send through a window
   * of `poolConnections × 2` hand-offs, record. By default one claim; with `continueForMs` (the worker) it claims the
   * next batch while the current one is still sending, for as long as that budget lasts and rows are due, so the
   * SMTP pool never idles between jobs. Stops early, releasing what it claimed but did not hand over, on stop().
   */
  async run(newsletterId: string, limit = NEWSLETTER_BATCH_SIZE, options: NewsletterRunOptions = {}): Promise<NewsletterRunResult> {
    const result: NewsletterRunResult = { claimed: 0, sent: 0, retried: 0, failed: 0, skipped: 0 };
    if (this.stopping) return result;
    const [head] = (await this.dataSource.query(`SELECT organisation_id AS "organisationId", status, kind FROM newsletters WHERE id = $1`, [
      newsletterId,
    ])) as { organisationId: OrganisationId; status: string; kind: 'newsletter' | 'activation' }[];
    if (!head || head.status !== 'sending') return result;

    const lockedBy = `${this.processId}:${randomUUID()}`;
    // The claim must outlive the batch at the configured rate (it is only an efficiency guard: see claim()); with
    // prefetching a claimed batch waits for at most one batch before it, hence twice that.
    const leaseMs = Math.max(SEND_LEASE_MS, Math.ceil((limit / this.mail.ratePerSecond) * 1000) * 4);
    const deadline = Date.now() + (options.continueForMs ?? 0);
    const groupSize = Math.max(1, this.mail.poolConnections);
    const window = groupSize * 2;
    const pacer = (this.pacer ??= new SendPacer(this.mail.ratePerSecond, window));
    let pacerTimer: NodeJS.Timeout | undefined;
    const sentLog = new SentRecorder(this.deliveries, lockedBy, this.clock, this.logger);
    const run = { stopped: false };
    this.running.add(run);

    let context: { organisation: { defaultLocale: Locale }; compiled: Map<Locale, CompiledNewsletter>; tracked: boolean } | undefined;
    const prepare = async () => {
      if (context) return context;
      const organisation = await this.newsletters.organisation(head.organisationId);
      const compiled = new Map<Locale, CompiledNewsletter>();
      const compile = head.kind === 'activation' ? compileActivation : compileNewsletter;
      for (const variant of await this.newsletters.variants(head.organisationId, newsletterId)) {
        compiled.set(variant.locale, compile(organisation, variant));
      }
      context = { organisation, compiled, tracked: organisation.mailTracking };
      return context;
    };

    const pending: ClaimedDelivery[] = [];
    let claims = 0;
    let exhausted = false;
    let claiming: Promise<void> | null = null;
    let inFlight = 0;
    let failure: unknown;
    let dirty = false;
    let wake: (() => void) | null = null;
    const signal = () => {
      dirty = true;
      const resolve = wake;
      wake = null;
      resolve?.();
    };
    const waitForSignal = () =>
      dirty ? Promise.resolve() : new Promise<void>((resolve) => (wake = resolve));

    const claimNext = async () => {
      const claimed = await this.deliveries.claim(newsletterId, lockedBy, this.clock.now(), leaseMs, limit);
      claims++;
      result.claimed += claimed.length;
      if (claimed.length < limit) exhausted = true;
      if (claimed.length === 0) return;
      result.skipped += await this.deliveries.skip(
        claimed.filter((c) => !c.eligible).map((c) => c.id),
        lockedBy,
        this.clock.now(),
      );
      await prepare();
      pending.push(...claimed.filter((c) => c.eligible));
    };

    const handOver = async (group: ClaimedDelivery[]) => {
      const { organisation, compiled, tracked } = context!;
      // Rendering (CPU only) happens before the rows become `sending`; every row that does is handed over below.
      const mails = await Promise.all(
        group.map(async (row) => ({ row, mail: await this.render(row, compiled.get(row.locale) ?? compiled.get(organisation.defaultLocale), tracked) })),
      );
      // The same statement records the sends accepted since the previous hand-off (one round trip for both).
      const sent = sentLog.drain();
      let ours: Set<string>;
      try {
        const marked = await this.deliveries.markSendingMany(
          mails.filter((m) => m.mail).map((m) => m.row.id),
          lockedBy,
          this.clock.now(),
          SEND_LEASE_MS,
          { ids: sent, interruptedReason: NEWSLETTER_INTERRUPTED_REASON },
        );
        ours = marked.ours;
        sentLog.recorded(sent.length, marked.recorded);
      } catch (error) {
        sentLog.requeue(sent); // the statement changed nothing: record them with the next one
        throw error;
      }
      for (const { row, mail } of mails) {
        if (!mail || !ours.has(row.id)) {
          inFlight--; // cancelled meanwhile, or our claim was taken over after its lease: not ours to send
          continue;
        }
        void this.transport.send(mail).then(
          () => {
            result.sent++;
            sentLog.add(row.id);
          },
          (error: unknown) =>
            this.recordFailure(row, lockedBy, error).then(
              (outcome) => void result[outcome]++,
              (recordError: unknown) => void (failure ??= recordError),
            ),
        ).finally(() => {
          inFlight--;
          signal();
        });
      }
      signal();
    };

    try {
      for (;;) {
        const stopping = run.stopped || this.stopping || failure !== undefined;
        const mayClaim = !stopping && !exhausted && (claims === 0 || Date.now() < deadline);
        if (!claiming && mayClaim && pending.length < limit / 2) {
          claiming = claimNext().then(
            () => undefined,
            (error: unknown) => void (failure ??= error),
          ).finally(() => {
            claiming = null;
            signal();
          });
        }
        // Hand over in groups of at least a pool's worth (fewer only at the end): one statement per group, and with a
        // window of two pools the connections stay busy while the next group is being marked.
        // The rate limit is applied here, before rows become `sending`, so a row never waits for the limiter while it
        // is `sending` (a crash then would leave it interrupted although it never left: see the in-flight rule).
        const free = Math.min(window - inFlight, pacer.available());
        const wanted = Math.min(groupSize, pending.length, pacer.capacity);
        if (!stopping && pending.length > 0 && window - inFlight >= wanted && free < wanted && !pacerTimer) {
          pacerTimer = setTimeout(() => {
            pacerTimer = undefined;
            signal();
          }, pacer.msUntil(wanted));
        }
        if (!stopping && pending.length > 0 && free >= wanted) {
          const group = pending.splice(0, free);
          pacer.take(group.length);
          inFlight += group.length;
          handOver(group).catch((error: unknown) => {
            failure ??= error;
            inFlight -= group.length;
            // Not handed over: release below with the rest (a failed markSendingMany changed nothing, or all of it).
            pending.unshift(...group);
            signal();
          });
          continue;
        }
        if (inFlight === 0 && !claiming && (pending.length === 0 || stopping) && (stopping || exhausted || !mayClaim)) break;
        dirty = false;
        await waitForSignal();
      }
    } finally {
      if (pacerTimer) clearTimeout(pacerTimer);
      this.running.delete(run);
      await sentLog.close();
      if (pending.length > 0) {
        await this.deliveries.release(pending.map((r) => r.id), lockedBy, this.clock.now()).catch(() => undefined);
      }
    }
    if (failure !== undefined) throw failure;
    await this.deliveries.completeFinished(this.clock.now(), newsletterId);
    return result;
  }

  /** Stops every run of this process at its next hand-off: claimed rows not handed over are released, sends in flight recorded. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const run of this.running) run.stopped = true;
    while (this.running.size > 0) await new Promise((resolve) => setTimeout(resolve, 10));
  }

  /** Nest calls this on shutdown before pg-boss stops: in-flight sends finish and are recorded, nothing new starts. */
  onModuleDestroy(): Promise<void> {
    return this.stop();
  }

  private async render(row: ClaimedDelivery, variant: CompiledNewsletter | undefined, tracked: boolean): Promise<OutgoingMail | null> {
    if (!variant) return null; // cannot happen: sending requires the default variant, which cannot be removed afterwards
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
    return {
      to: row.email,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      messageId: row.messageId,
      headers: {
        'List-Unsubscribe': `<${unsubscribeUrl}>, <mailto:${this.fromAddress}?subject=${encodeURIComponent(`unsubscribe ${variant.topic} ${token}`)}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        Precedence: 'bulk',
        'X-Kring-Kind': variant.kind,
      },
    };
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
        const dispatcher = due.kind === 'activation' ? this.activationDispatcher : this.dispatcher;
        await this.dataSource.transaction((tx) => dispatcher.start(tx, due.organisationId, due.id));
        started++;
      } catch (error) {
        // Not sendable any more (segment deleted, variant removed): back to draft so HR sees it, instead of retrying forever.
        this.logger.warn({ message: 'scheduled newsletter could not start', newsletterId: due.id, reason: describeSendError(error) });
        await this.dataSource.transaction((tx) => this.newsletters.setStatus(due.organisationId, due.id, { status: 'draft', now }, tx));
      }
    }
    const interrupted = await this.deliveries.failExpiredLeases(now, NEWSLETTER_INTERRUPTED_REASON, SWEEP_BATCH);
    await this.deliveries.reopenWithQueuedRows(now);
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

/**
 * A token bucket for MAIL_RATE_PER_SECOND: `ratePerSecond` tokens a second, at most `burst` (the hand-off window, and
 * never more than one second's worth) saved up. The engine takes tokens before it marks rows `sending`, so rows wait
 * for the rate limit while still `queued` under the claim, not in the transport's queue while `sending`.
 */
export class SendPacer {
  readonly capacity: number;
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly ratePerSecond: number,
    burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.capacity = Math.max(1, Math.min(burst, ratePerSecond));
    this.tokens = this.capacity;
    this.updatedAt = this.now();
  }

  /** Whole tokens available now. */
  available(): number {
    this.refill();
    return Math.floor(this.tokens);
  }

  take(n: number): void {
    this.refill();
    this.tokens -= n;
  }

  /** Milliseconds until `n` tokens are available (at least 1). */
  msUntil(n: number): number {
    this.refill();
    return Math.max(1, Math.ceil(((n - this.tokens) / this.ratePerSecond) * 1000));
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.updatedAt) / 1000) * this.ratePerSecond);
    this.updatedAt = now;
  }
}

/** Collects the ids of accepted sends of one claim and records them as `sent` in small batches (see NEWSLETTER_SENT_FLUSH_ROWS). */
export class SentRecorder {
  private buffer: string[] = [];
  private timer: NodeJS.Timeout | null = null;
  private readonly flushing = new Set<Promise<void>>();

  constructor(
    private readonly deliveries: NewsletterDeliveriesRepository,
    private readonly lockedBy: string,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly maxRows = NEWSLETTER_SENT_FLUSH_ROWS,
    private readonly maxDelayMs = NEWSLETTER_SENT_FLUSH_MS,
  ) {}

  /** Takes the buffered ids to record them in another statement (markSendingMany); see requeue() and recorded(). */
  drain(): string[] {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const ids = this.buffer;
    this.buffer = [];
    return ids;
  }

  /** Drained ids whose statement failed: recorded with the next flush. */
  requeue(ids: string[]): void {
    for (const id of ids) this.add(id);
  }

  recorded(expected: number, recorded: number): void {
    if (recorded < expected) this.logger.warn({ message: 'sent newsletter rows could not all be recorded as sent', expected, recorded });
  }

  add(id: string): void {
    this.buffer.push(id);
    if (this.buffer.length >= this.maxRows) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), this.maxDelayMs);
  }

  /** Flushes what is buffered and waits for every flush, including those already under way. */
  async close(): Promise<void> {
    this.flush();
    while (this.flushing.size > 0) await Promise.all([...this.flushing]);
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.buffer.length === 0) return;
    const ids = this.buffer;
    this.buffer = [];
    const done = this.write(ids).finally(() => this.flushing.delete(done));
    this.flushing.add(done);
  }

  /** One retry after a short pause; if that fails too the rows stay `sending` and the sweep records them as interrupted. */
  private async write(ids: string[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        this.recorded(ids.length, await this.deliveries.markSentMany(ids, this.lockedBy, this.clock.now(), NEWSLETTER_INTERRUPTED_REASON));
        return;
      } catch (error) {
        if (attempt >= 2) {
          this.logger.error({ message: 'sent newsletter rows could not be recorded; the sweep will mark them interrupted', rows: ids.length, error: String(error) });
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }
}
