import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { timingSafeEqual, createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Clock, InjectConfig, type MailConfig } from '@kring/server-config';
import { AuditRepository, ConsentsRepository, OrganisationId } from '@kring/server-database';
import { DomainError, ErrorCodes } from '@kring/shared-domain';
import { legalBasisOf, MAIL_TOPICS, normaliseEmail, PreferenceSources } from './preferences.constants';
import { webhookDisabled, webhookUnauthorised } from './preferences.errors';
import { PreferencesRepository, type SuppressionRow } from './preferences.repository';
import type { BounceEventInput } from './inputs/suppressions.input';
import { BounceReportOutput, SuppressionListOutput, SuppressionOutput } from './outputs/preferences.output';

const toOutput = (row: SuppressionRow): SuppressionOutput => ({ ...row, createdAt: row.createdAt.toISOString() });

/**
 * The suppression list: addresses no bulk mail goes to. Filled by the bounce webhook (hard bounces and
 * complaints; a complaint also withdraws every mail topic of the people with that address) and by HR.
 */
@Injectable()
export class SuppressionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig('mail') private readonly mail: Pick<MailConfig, 'webhookSecret'>,
    private readonly preferences: PreferencesRepository,
    private readonly consents: ConsentsRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async list(organisationId: OrganisationId, page: { limit?: number; offset?: number; q?: string }): Promise<SuppressionListOutput> {
    const result = await this.preferences.list(organisationId, { limit: page.limit ?? 50, offset: page.offset ?? 0, q: page.q });
    return { items: result.items.map(toOutput), total: result.total };
  }

  async add(actor: { organisationId: OrganisationId; userId: string }, input: { email: string; detail?: string }): Promise<SuppressionOutput> {
    const email = normaliseEmail(input.email);
    const at = this.clock.now();
    await this.dataSource.transaction(async (tx) => {
      const added = await this.preferences.suppress(actor.organisationId, { email, reason: 'manual', source: 'hr', detail: input.detail ?? null, at }, tx);
      if (added) {
        await this.audit.record(actor.organisationId, { actorUserId: actor.userId, action: 'mailings.suppression_added', subjectType: 'mail_suppression', subjectId: null, data: { email } }, tx);
      }
    });
    const row = (await this.preferences.list(actor.organisationId, { limit: 1, offset: 0, q: email })).items.find((r) => r.email === email)!;
    return toOutput(row);
  }

  async remove(actor: { organisationId: OrganisationId; userId: string }, rawEmail: string): Promise<void> {
    const email = normaliseEmail(rawEmail);
    await this.dataSource.transaction(async (tx) => {
      const removed = await this.preferences.unsuppress(actor.organisationId, email, tx);
      if (!removed) throw new DomainError('not_found', ErrorCodes.notFound, 'This address is not on the suppression list');
      await this.audit.record(
        actor.organisationId,
        { actorUserId: actor.userId, action: 'mailings.suppression_removed', subjectType: 'mail_suppression', subjectId: null, data: { email, reason: removed.reason, source: removed.source } },
        tx,
      );
    });
  }

  /** Checks the webhook's shared secret in constant time. */
  authorise(given: string | string[] | undefined): void {
    if (!this.mail.webhookSecret) throw webhookDisabled();
    if (typeof given !== 'string') throw webhookUnauthorised();
    const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
    if (!timingSafeEqual(digest(given), digest(this.mail.webhookSecret))) throw webhookUnauthorised();
  }

  /** Applies a provider's bounce notifications, one transaction for the batch; idempotent per event. */
  async applyBounces(events: BounceEventInput[]): Promise<BounceReportOutput> {
    const at = this.clock.now();
    const report: BounceReportOutput = { received: events.length, suppressed: 0, softBounces: 0, complaints: 0, ignored: 0 };
    await this.dataSource.transaction(async (tx) => {
      for (const event of events) {
        let organisationId: OrganisationId | null = null;
        if (event.messageId) {
          const bouncedDelivery = event.type === 'soft_bounce' ? null : await this.preferences.markDeliveryBounced(event.messageId, at, tx);
          organisationId = bouncedDelivery ?? (await this.preferences.organisationOfMessage(event.messageId, tx));
        }
        if (!organisationId && event.organisationSlug) organisationId = await this.preferences.organisationBySlug(event.organisationSlug, tx);
        if (!organisationId) {
          report.ignored++;
          continue;
        }
        if (event.type === 'soft_bounce') {
          report.softBounces++;
          continue;
        }
        const source = event.messageId ? `webhook:${event.messageId}`.slice(0, 300) : 'webhook';
        if (await this.preferences.suppress(organisationId, { email: event.email, reason: event.type, source, detail: event.detail ?? null, at }, tx)) report.suppressed++;
        if (event.type === 'complaint') {
          report.complaints++;
          for (const personId of await this.preferences.peopleWithEmail(organisationId, event.email, tx)) {
            const current = new Map((await this.consents.list(organisationId, personId, tx)).map((c) => [c.purpose, c.status]));
            for (const topic of MAIL_TOPICS) {
              const status = current.get(topic);
              if (status && status !== 'withdrawn') {
                await this.consents.set(organisationId, personId, topic, { status: 'withdrawn', at, source: PreferenceSources.complaint, legalBasis: legalBasisOf(topic) }, tx);
              }
            }
          }
        }
      }
    });
    return report;
  }
}
