import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository, TouchpointsRepository, type OrganisationId } from '@kring/server-database';
import type { AuthContext } from '@kring/server-identity';
import { notFound } from '@kring/shared-domain';
import type { MailingLinkClaims } from '../links/mailing-links';
import { MailingLinks } from '../links/mailing-links.service';
import { clickLinkInvalid } from './tracking.errors';
import { isTrackableUrl, verifyClick } from './tracking-links';
import { TrackingRepository } from './tracking.repository';
import { MailSettingsOutput } from './outputs/tracking.output';

/** The newsletter touchpoints a first open / first click writes. */
export const TRACKING_SUBJECT_TYPE = 'newsletter';

type VerifiedClaims = MailingLinkClaims & { organisationId: OrganisationId };

/**
 * The receiving side of open and click tracking, and HR's setting. Hits are recorded only while the organisation's
 * tracking is on (checked at the moment of the hit, not when the mail was sent), only once per delivery (first
 * open, first click; a click implies an open), each first as one touchpoint on the person's timeline.
 */
@Injectable()
export class TrackingService {
  private readonly logger = new Logger(TrackingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: MailingLinks,
    private readonly tracking: TrackingRepository,
    private readonly touchpoints: TouchpointsRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async settings(auth: Pick<AuthContext, 'organisationId'>): Promise<MailSettingsOutput> {
    const organisation = await this.tracking.organisation(auth.organisationId);
    if (!organisation) throw notFound('Organisation');
    return { tracking: organisation.tracking };
  }

  async setSettings(auth: Pick<AuthContext, 'organisationId' | 'userId'>, input: { tracking: boolean }): Promise<MailSettingsOutput> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (tx) => {
      const previous = await this.tracking.setTracking(auth.organisationId, input.tracking, now, tx);
      if (previous === null) throw notFound('Organisation');
      if (previous === input.tracking) return; // no change, nothing to audit
      await this.audit.record(
        auth.organisationId,
        {
          actorUserId: auth.userId,
          action: 'mail_settings.tracking_changed',
          subjectType: 'organisation',
          subjectId: auth.organisationId,
          data: { previous: { tracking: previous }, tracking: input.tracking },
        },
        tx,
      );
    });
    return this.settings(auth);
  }

  /** The open pixel was loaded. Never throws for a bad or foreign token: the answer is always the image. */
  async open(token: unknown): Promise<void> {
    if (typeof token !== 'string' || !token) return;
    try {
      const claims = await this.links.verify(token);
      if (claims?.deliveryId) await this.record(claims, { opened: true, clicked: false });
    } catch (error) {
      this.logger.warn({ message: 'open could not be recorded', reason: error instanceof Error ? error.message : String(error) });
    }
  }

  /** A tracked link was clicked: the verified target (else a 400, never a redirect), with the first click recorded. */
  async click(token: string, url: string, signature: string): Promise<string> {
    const claims = await this.links.verify(token);
    if (!claims || !claims.deliveryId || !isTrackableUrl(url)) throw clickLinkInvalid();
    const organisation = await this.tracking.organisation(claims.organisationId);
    if (!organisation || !verifyClick(organisation.linkSecret, token, url, signature)) throw clickLinkInvalid();
    try {
      await this.record(claims, { opened: true, clicked: true });
    } catch (error) {
      // The person still gets where they wanted to go; figures are not worth a broken link.
      this.logger.warn({ message: 'click could not be recorded', reason: error instanceof Error ? error.message : String(error) });
    }
    return url;
  }

  private async record(claims: VerifiedClaims, what: { opened: boolean; clicked: boolean }): Promise<void> {
    const organisationId = claims.organisationId;
    const now = this.clock.now();
    await this.dataSource.transaction(async (tx) => {
      // Read inside the transaction: turning tracking off stops recording at once.
      if (!(await this.tracking.organisation(organisationId, tx))?.tracking) return;
      const delivery = await this.tracking.deliveryForUpdate(organisationId, claims.deliveryId!, claims.personId, tx);
      if (!delivery) return; // erased meanwhile, or a token of a job-alert mail: nothing to record
      const firstOpen = what.opened && !delivery.openedAt;
      const firstClick = what.clicked && !delivery.clickedAt;
      if (!firstOpen && !firstClick) return;
      await this.tracking.markFirst(organisationId, delivery.id, { opened: firstOpen, clicked: firstClick }, now, tx);
      const base = { channel: 'email' as const, occurredAt: now, subjectType: TRACKING_SUBJECT_TYPE, subjectId: delivery.newsletterId, data: { deliveryId: delivery.id } };
      if (firstOpen) await this.touchpoints.record(organisationId, [delivery.personId], { kind: 'mail_opened', ...base }, tx);
      if (firstClick) await this.touchpoints.record(organisationId, [delivery.personId], { kind: 'mail_clicked', ...base }, tx);
    });
  }
}
