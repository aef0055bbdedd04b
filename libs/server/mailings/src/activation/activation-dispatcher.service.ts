import { Injectable } from '@nestjs/common';
import { Clock, InjectConfig, type AppConfig } from '@kring/server-config';
import type { OrganisationId, Tx } from '@kring/server-database';
import { JobQueue, QueueNames } from '@kring/server-queue';
import type { Locale } from '@kring/shared-domain';
import { NEWSLETTER_BATCH_SIZE, type NewsletterSendJobData } from '../newsletters/newsletter-jobs';
import { activationProgrammeClosed, newsletterNotFound, newsletterNotSendable } from '../newsletters/newsletters.errors';
import { NewslettersRepository } from '../newsletters/newsletters.repository';
import { ActivationRepository } from './activation.repository';

/**
 * Starts an activation mail (a newsletter row of kind `activation`): the audience is the programme's eligible
 * referrers at this moment. In one transaction: their missing share links (set-based), one delivery row per
 * recipient with their own links in `personal`, the status change and the send jobs — exactly as
 * NewsletterDispatcher.start does for a segment, so the same engine sends it.
 */
@Injectable()
export class ActivationDispatcher {
  private readonly messageIdHost: string;

  constructor(
    private readonly newsletters: NewslettersRepository,
    private readonly activation: ActivationRepository,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    @InjectConfig('app') private readonly app: AppConfig,
  ) {
    this.messageIdHost = new URL(app.publicUrl).hostname;
  }

  /** Throws unless it can be sent: draft or scheduled, the programme not archived or ended, a default-language variant. */
  async assertSendable(tx: Tx, organisationId: OrganisationId, newsletterId: string) {
    const newsletter = await this.newsletters.find(organisationId, newsletterId, tx, true);
    if (!newsletter || newsletter.kind !== 'activation' || !newsletter.programmeId) throw newsletterNotFound();
    if (newsletter.status !== 'draft' && newsletter.status !== 'scheduled') throw newsletterNotSendable('status', newsletter.status);
    const programme = await this.activation.programme(organisationId, newsletter.programmeId, this.clock.now(), tx);
    if (!programme?.mailable) throw activationProgrammeClosed();
    const variants = await this.newsletters.variants(organisationId, newsletterId, tx);
    const organisation = await this.newsletters.organisation(organisationId, tx);
    if (!variants.some((v) => v.locale === organisation.defaultLocale)) throw newsletterNotSendable('no_default_variant');
    return { newsletter, locales: variants.map((v) => v.locale), defaultLocale: organisation.defaultLocale };
  }

  /** Returns the number of recipients. Without any eligible referrer it is `sent` at once. */
  async start(tx: Tx, organisationId: OrganisationId, newsletterId: string): Promise<number> {
    const { locales, defaultLocale } = await this.assertSendable(tx, organisationId, newsletterId);
    const now = this.clock.now();
    await this.activation.ensureShareLinks(organisationId, newsletterId, now, tx);
    const recipients = await this.activation.enqueue(
      organisationId,
      newsletterId,
      { now, messageIdHost: this.messageIdHost, publicUrl: this.app.publicUrl, locales: locales as Locale[], defaultLocale },
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
