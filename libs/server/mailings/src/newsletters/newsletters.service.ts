import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, InjectConfig, type AppConfig } from '@kring/server-config';
import type { OrganisationId } from '@kring/server-database';
import type { AuthContext } from '@kring/server-identity';
import { MailMessagesRepository, type MailOutboxJobData } from '@kring/server-mail';
import { JobQueue, QueueNames } from '@kring/server-queue';
import { notFound, type Locale } from '@kring/shared-domain';
import { MailingLinks } from '../links/mailing-links.service';
import type { CreateNewsletterInput, NewsletterVariantInput, SendNewsletterInput, UpdateNewsletterInput } from './inputs/newsletter.input';
import { NewsletterDeliveriesRepository } from './newsletter-deliveries.repository';
import { NEWSLETTER_INTERRUPTED_REASON, NewsletterDispatcher } from './newsletter-engine.service';
import { compileNewsletter } from './newsletter-render';
import type { NewsletterListOutput, NewsletterOutput, NewsletterPreviewOutput } from './outputs/newsletter.output';
import { NewslettersRepository, type NewsletterRow } from './newsletters.repository';
import {
  newsletterNotCancellable,
  newsletterNotEditable,
  newsletterNotFound,
  newsletterScheduleInPast,
} from './newsletters.errors';

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
  ) {}

  async list(auth: AuthContext): Promise<NewsletterListOutput> {
    return { items: (await this.newsletters.list(auth.organisationId)).map(summary) };
  }

  async get(auth: AuthContext, id: string): Promise<NewsletterOutput> {
    const newsletter = await this.newsletters.find(auth.organisationId, id);
    if (!newsletter) throw newsletterNotFound();
    const [variants, figures] = await Promise.all([
      this.newsletters.variants(auth.organisationId, id),
      this.newsletters.figures(auth.organisationId, id, NEWSLETTER_INTERRUPTED_REASON),
    ]);
    return { ...summary(newsletter), variants, figures };
  }

  async create(auth: AuthContext, input: CreateNewsletterInput): Promise<NewsletterOutput> {
    const now = this.clock.now();
    const id = await this.dataSource.transaction(async (tx) => {
      if (input.segmentId && !(await this.newsletters.segmentExists(auth.organisationId, input.segmentId, tx))) throw notFound('Segment');
      const newId = await this.newsletters.create(
        auth.organisationId,
        { name: input.name, segmentId: input.segmentId ?? null, createdByUserId: auth.userId, now },
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
      if (input.segmentId && !(await this.newsletters.segmentExists(auth.organisationId, input.segmentId, tx))) throw notFound('Segment');
      await this.newsletters.update(auth.organisationId, id, { name: input.name, segmentId: input.segmentId, now }, tx);
      await this.newsletters.removeVariants(auth.organisationId, id, input.removeLocales ?? [], tx);
      await this.newsletters.upsertVariants(auth.organisationId, id, variantsOf(input.variants), now, tx);
      // A scheduled newsletter must stay sendable after the edit (e.g. its default-language variant kept).
      if (newsletter.status === 'scheduled') await this.dispatcher.assertSendable(tx, auth.organisationId, id);
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
    const rendered = compileNewsletter(organisation, variant).personalise({
      firstName: PREVIEW_FIRST_NAME[locale],
      unsubscribeUrl: `${this.app.publicUrl}/preferences/manage?token=preview`,
      preferencesUrl: `${this.app.publicUrl}/preferences/manage?token=preview`,
      deliveryId: 'preview',
      token: 'preview',
      personal: null,
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
    const unsubscribeUrl = `${this.app.publicUrl}/api/public/mailings/unsubscribe?token=${encodeURIComponent(token)}&topic=newsletter`;
    const rendered = compileNewsletter(organisation, variant).personalise({
      firstName: user.firstName,
      unsubscribeUrl,
      preferencesUrl: `${this.app.publicUrl}/preferences/manage?token=${encodeURIComponent(token)}`,
      deliveryId: 'test',
      token,
      personal: null,
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
      if (input.scheduledAt) {
        if (input.scheduledAt.getTime() <= now.getTime()) throw newsletterScheduleInPast();
        await this.dispatcher.assertSendable(tx, auth.organisationId, id);
        await this.newsletters.setStatus(auth.organisationId, id, { status: 'scheduled', now, scheduledAt: input.scheduledAt }, tx);
      } else {
        await this.dispatcher.start(tx, auth.organisationId, id);
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

  figures(organisationId: OrganisationId, id: string) {
    return this.newsletters.figures(organisationId, id, NEWSLETTER_INTERRUPTED_REASON);
  }
}

function variantsOf(inputs: NewsletterVariantInput[] | undefined) {
  const byLocale = new Map((inputs ?? []).map((v) => [v.locale, { locale: v.locale, subject: v.subject, preheader: v.preheader ?? '', bodyMarkdown: v.bodyMarkdown }]));
  return [...byLocale.values()];
}

function summary(n: NewsletterRow) {
  return {
    id: n.id,
    name: n.name,
    status: n.status,
    segmentId: n.segmentId,
    scheduledAt: n.scheduledAt,
    startedAt: n.startedAt,
    finishedAt: n.finishedAt,
    createdAt: n.createdAt,
  };
}
