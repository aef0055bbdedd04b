import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, InjectConfig, type AppConfig } from '@kring/server-config';
import { AuditRepository, type OrganisationId, type Tx } from '@kring/server-database';
import type { AuthContext } from '@kring/server-identity';
import { MailMessagesRepository, type MailOutboxJobData } from '@kring/server-mail';
import { JobQueue, QueueNames } from '@kring/server-queue';
import { DomainError, ErrorCodes, notFound, type Locale } from '@kring/shared-domain';
import { ActivationDispatcher } from '../activation/activation-dispatcher.service';
import { compileActivation } from '../activation/activation-render';
import { ActivationRepository } from '../activation/activation.repository';
import { MailingLinks } from '../links/mailing-links.service';
import type {
  CreateNewsletterInput,
  ListNewslettersQuery,
  NewsletterVariantInput,
  SendNewsletterInput,
  UpdateNewsletterInput,
} from './inputs/newsletter.input';
import { NewsletterDeliveriesRepository } from './newsletter-deliveries.repository';
import { NEWSLETTER_INTERRUPTED_REASON, NewsletterDispatcher } from './newsletter-engine.service';
import { NEWSLETTER_BATCH_SIZE, type NewsletterSendJobData } from './newsletter-jobs';
import { compileNewsletter, type NewsletterOrganisation, type NewsletterVariantContent } from './newsletter-render';
import type {
  NewsletterFiguresOutput,
  NewsletterListOutput,
  NewsletterOutput,
  NewsletterPreviewOutput,
  ResendInterruptedOutput,
} from './outputs/newsletter.output';
import { NewslettersRepository, type NewsletterRow } from './newsletters.repository';
import {
  activationProgrammeClosed,
  newsletterNotCancellable,
  newsletterNotEditable,
  newsletterNotFound,
  newsletterNotSendable,
  newsletterScheduleInPast,
} from './newsletters.errors';

/** last_error of a row HR sent again after it was interrupted (until it is sent or fails anew). */
export const NEWSLETTER_RESENT_NOTE = 'resent by HR after an interruption; may arrive twice';

const PREVIEW_FIRST_NAME: Record<Locale, string> = { nl: 'Noor', en: 'Noor' };

/** HR's newsletters: drafts with a variant per language, preview, test send, send now or later, cancel, figures. */
@Injectable()
export class NewslettersService {
  constructor(
    private readonly newsletters: NewslettersRepository,
    private readonly deliveries: NewsletterDeliveriesRepository,
    private readonly dispatcher: NewsletterDispatcher,
    private readonly links: MailingLinks,
    private readonly messages: MailMessagesRepository,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    @InjectConfig('app') private readonly app: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activationDispatcher: ActivationDispatcher,
    private readonly activationRepository: ActivationRepository,
    private readonly audit: AuditRepository,
  ) {}

  async list(auth: AuthContext, query: ListNewslettersQuery = {}): Promise<NewsletterListOutput> {
    return { items: (await this.newsletters.list(auth.organisationId, { kind: query.kind, programmeId: query.programmeId })).map(summary) };
  }

  async get(auth: AuthContext, id: string): Promise<NewsletterOutput> {
    const newsletter = await this.newsletters.find(auth.organisationId, id);
    if (!newsletter) throw newsletterNotFound();
    const unsent = newsletter.status === 'draft' || newsletter.status === 'scheduled';
    const [variants, figures, eligibleRecipients] = await Promise.all([
      this.newsletters.variants(auth.organisationId, id),
      this.figures(auth.organisationId, id),
      newsletter.kind === 'activation' && unsent
        ? this.activationRepository.countRecipients(auth.organisationId, id, this.clock.now())
        : Promise.resolve(null),
    ]);
    return { ...summary(newsletter), variants, figures, eligibleRecipients };
  }

  async create(auth: AuthContext, input: CreateNewsletterInput): Promise<NewsletterOutput> {
    const now = this.clock.now();
    const id = await this.dataSource.transaction(async (tx) => {
      if (input.programmeId) {
        if (input.segmentId) throw segmentWithProgramme();
        const programme = await this.activationRepository.programme(auth.organisationId, input.programmeId, now, tx);
        if (!programme) throw notFound('Programme');
        if (!programme.mailable) throw activationProgrammeClosed();
      }
      if (input.segmentId && !(await this.newsletters.segmentExists(auth.organisationId, input.segmentId, tx))) throw notFound('Segment');
      const newId = await this.newsletters.create(
        auth.organisationId,
        { name: input.name, segmentId: input.segmentId ?? null, programmeId: input.programmeId ?? null, createdByUserId: auth.userId, now },
        tx,
      );
      await this.newsletters.upsertVariants(auth.organisationId, newId, variantsOf(input.variants), now, tx);
      return newId;
    });
    return this.get(auth, id);
  }

  async update(auth: AuthContext, id: string, input: UpdateNewsletterInput): Promise<NewsletterOutput> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (tx) => {
      const newsletter = await this.newsletters.find(auth.organisationId, id, tx, true);
      if (!newsletter) throw newsletterNotFound();
      if (newsletter.status !== 'draft' && newsletter.status !== 'scheduled') throw newsletterNotEditable(newsletter.status);
      if (newsletter.kind === 'activation' && input.segmentId) throw segmentWithProgramme();
      if (input.segmentId && !(await this.newsletters.segmentExists(auth.organisationId, input.segmentId, tx))) throw notFound('Segment');
      await this.newsletters.update(auth.organisationId, id, { name: input.name, segmentId: input.segmentId, now }, tx);
      await this.newsletters.removeVariants(auth.organisationId, id, input.removeLocales ?? [], tx);
      await this.newsletters.upsertVariants(auth.organisationId, id, variantsOf(input.variants), now, tx);
      // A scheduled newsletter must stay sendable after the edit (e.g. its default-language variant kept).
      if (newsletter.status === 'scheduled') await this.dispatcherOf(newsletter).assertSendable(tx, auth.organisationId, id);
    });
    return this.get(auth, id);
  }

  /** One language rendered with sample personalisation (the links are inert previews). */
  async preview(auth: AuthContext, id: string, locale: Locale): Promise<NewsletterPreviewOutput> {
    const newsletter = await this.newsletters.find(auth.organisationId, id);
    if (!newsletter) throw newsletterNotFound();
    const variant = (await this.newsletters.variants(auth.organisationId, id)).find((v) => v.locale === locale);
    if (!variant) throw notFound('Newsletter variant');
    const organisation = await this.newsletters.organisation(auth.organisationId);
    const rendered = this.compile(newsletter, organisation, variant).personalise({
      firstName: PREVIEW_FIRST_NAME[locale],
      unsubscribeUrl: `${this.app.publicUrl}/preferences/manage?token=preview`,
      preferencesUrl: `${this.app.publicUrl}/preferences/manage?token=preview`,
      deliveryId: 'preview',
      token: 'preview',
      personal: await this.samplePersonal(auth.organisationId, newsletter),
    });
    return { locale, ...rendered };
  }

  /** Sends one language to the signed-in HR user through the outbox (retries and all), marked [TEST]. */
  async testSend(auth: AuthContext, id: string, locale: Locale): Promise<void> {
    const newsletter = await this.newsletters.find(auth.organisationId, id);
    if (!newsletter) throw newsletterNotFound();
    const variant = (await this.newsletters.variants(auth.organisationId, id)).find((v) => v.locale === locale);
    if (!variant) throw notFound('Newsletter variant');
    const [user] = (await this.dataSource.query(
      `SELECT u.email, p.first_name AS "firstName" FROM users u JOIN people p ON p.organisation_id = u.organisation_id AND p.id = u.person_id
        WHERE u.organisation_id = $1 AND u.id = $2`,
      [auth.organisationId, auth.userId],
    )) as { email: string; firstName: string }[];
    if (!user) throw notFound('User');
    const organisation = await this.newsletters.organisation(auth.organisationId);
    const token = await this.links.sign(auth.organisationId, { personId: auth.personId });
    const compiled = this.compile(newsletter, organisation, variant);
    const unsubscribeUrl = `${this.app.publicUrl}/api/public/mailings/unsubscribe?token=${encodeURIComponent(token)}&topic=${compiled.topic}`;
    const rendered = compiled.personalise({
      firstName: user.firstName,
      unsubscribeUrl,
      preferencesUrl: `${this.app.publicUrl}/preferences/manage?token=${encodeURIComponent(token)}`,
      deliveryId: 'test',
      token,
      personal: await this.samplePersonal(auth.organisationId, newsletter),
    });
    const mailId = randomUUID();
    await this.dataSource.transaction(async (tx) => {
      await this.messages.insert(
        auth.organisationId,
        {
          id: mailId,
          personId: null,
          kind: 'newsletter_test',
          locale,
          toAddress: user.email,
          subject: `[TEST] ${rendered.subject}`,
          htmlBody: rendered.html,
          textBody: rendered.text,
          headers: { 'X-Kring-Kind': 'newsletter_test', 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
          messageId: `<${mailId}@${new URL(this.app.publicUrl).hostname}>`,
          sensitive: false,
          nextAttemptAt: this.clock.now(),
        },
        tx,
      );
      await this.queue.send<MailOutboxJobData>(QueueNames.mailOutbox, { id: mailId }, {}, tx);
    });
  }

  /** Now (one set-based enqueue of every recipient) or at a future time (the sweep starts it). */
  async send(auth: AuthContext, id: string, input: SendNewsletterInput): Promise<NewsletterOutput> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (tx) => {
      const newsletter = await this.newsletters.find(auth.organisationId, id, tx);
      if (!newsletter) throw newsletterNotFound();
      const dispatcher = this.dispatcherOf(newsletter);
      if (input.scheduledAt) {
        if (input.scheduledAt.getTime() <= now.getTime()) throw newsletterScheduleInPast();
        await dispatcher.assertSendable(tx, auth.organisationId, id);
        await this.newsletters.setStatus(auth.organisationId, id, { status: 'scheduled', now, scheduledAt: input.scheduledAt }, tx);
      } else {
        await dispatcher.start(tx, auth.organisationId, id);
      }
    });
    return this.get(auth, id);
  }

  /** Draft or scheduled: cancelled. Sending: every row not yet handed to SMTP is skipped; rows in flight finish. */
  async cancel(auth: AuthContext, id: string): Promise<NewsletterOutput> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (tx) => {
      const newsletter = await this.newsletters.find(auth.organisationId, id, tx, true);
      if (!newsletter) throw newsletterNotFound();
      if (newsletter.status === 'sent' || newsletter.status === 'cancelled') throw newsletterNotCancellable(newsletter.status);
      if (newsletter.status === 'sending') await this.deliveries.skipQueued(auth.organisationId, id, now, tx);
      await this.newsletters.setStatus(auth.organisationId, id, { status: 'cancelled', now }, tx);
    });
    return this.get(auth, id);
  }

  /**
   * HR's knowing resend of the rows the in-flight rule closed as interrupted: each may or may not have arrived, so HR
   * confirms that some people may get the mail twice. The rows go back to `queued` (eligibility is checked again when
   * they are claimed), a sent newsletter goes back to `sending`, and the action is audited. A repeat finds nothing left
   * to resend and changes nothing.
   */
  async resendInterrupted(auth: AuthContext, id: string): Promise<ResendInterruptedOutput> {
    const now = this.clock.now();
    const resent = await this.dataSource.transaction(async (tx) => {
      const newsletter = await this.newsletters.find(auth.organisationId, id, tx, true);
      if (!newsletter) throw newsletterNotFound();
      if (newsletter.status !== 'sending' && newsletter.status !== 'sent') throw newsletterNotSendable('status', newsletter.status);
      const count = await this.deliveries.requeueInterrupted(auth.organisationId, id, NEWSLETTER_INTERRUPTED_REASON, NEWSLETTER_RESENT_NOTE, now, tx);
      if (count === 0) return 0;
      await this.newsletters.reopen(auth.organisationId, id, now, tx);
      for (let i = 0; i < Math.ceil(count / NEWSLETTER_BATCH_SIZE); i++) {
        await this.queue.send<NewsletterSendJobData>(QueueNames.newsletterSend, { newsletterId: id }, {}, tx);
      }
      await this.audit.record(
        auth.organisationId,
        { actorUserId: auth.userId, action: 'newsletter.interrupted_resent', subjectType: 'newsletter', subjectId: id, data: { rows: count } },
        tx,
      );
      return count;
    });
    return { resent, newsletter: await this.get(auth, id) };
  }

  /** Counted in SQL; opens and clicks only where the organisation turned tracking on (else null). */
  async figures(organisationId: OrganisationId, id: string): Promise<NewsletterFiguresOutput> {
    const [figures, organisation] = await Promise.all([
      this.newsletters.figures(organisationId, id, NEWSLETTER_INTERRUPTED_REASON),
      this.newsletters.organisation(organisationId),
    ]);
    return organisation.mailTracking ? figures : { ...figures, opened: null, clicked: null };
  }

  /** Newsletters go to a segment, activation mails to the programme's eligible referrers: same engine, own enqueue. */
  private dispatcherOf(newsletter: NewsletterRow): {
    assertSendable(tx: Tx, organisationId: OrganisationId, id: string): Promise<unknown>;
    start(tx: Tx, organisationId: OrganisationId, id: string): Promise<number>;
  } {
    return newsletter.kind === 'activation' ? this.activationDispatcher : this.dispatcher;
  }

  private compile(newsletter: NewsletterRow, organisation: NewsletterOrganisation, variant: NewsletterVariantContent) {
    return newsletter.kind === 'activation' ? compileActivation(organisation, variant) : compileNewsletter(organisation, variant);
  }

  /**
   * Preview and test send of an activation mail: the programme's real vacancies, each linking to the vacancy
   * overview (a recipient gets their own share link there; HR's own links are not created by a preview).
   */
  private async samplePersonal(organisationId: OrganisationId, newsletter: NewsletterRow): Promise<Record<string, unknown> | null> {
    if (newsletter.kind !== 'activation' || !newsletter.programmeId) return null;
    return { ...(await this.activationRepository.samplePersonal(organisationId, newsletter.programmeId, this.app.publicUrl)) };
  }
}

const segmentWithProgramme = () =>
  new DomainError('validation', ErrorCodes.validationFailed, 'An activation mail goes to the programme’s referrers, not to a segment', [
    { field: 'segmentId', message: 'must be empty for an activation mail' },
  ]);

function variantsOf(inputs: NewsletterVariantInput[] | undefined) {
  const byLocale = new Map((inputs ?? []).map((v) => [v.locale, { locale: v.locale, subject: v.subject, preheader: v.preheader ?? '', bodyMarkdown: v.bodyMarkdown }]));
  return [...byLocale.values()];
}

function summary(n: NewsletterRow) {
  return {
    id: n.id,
    name: n.name,
    status: n.status,
    kind: n.kind,
    segmentId: n.segmentId,
    programmeId: n.programmeId,
    programmeName: n.programmeName,
    scheduledAt: n.scheduledAt,
    startedAt: n.startedAt,
    finishedAt: n.finishedAt,
    createdAt: n.createdAt,
  };
}
