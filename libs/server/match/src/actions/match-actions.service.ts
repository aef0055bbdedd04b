import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, Clock, InjectConfig } from '@kring/server-config';
import { AuditRepository, TouchpointsRepository } from '@kring/server-database';
import type { AuthContext } from '@kring/server-identity';
import { Outbox } from '@kring/server-mail';
import { MailingLinks } from '@kring/server-mailings';
import { DomainError, notFound } from '@kring/shared-domain';
import { INVITE_REPEAT_DAYS, MatchActionErrorCodes } from './actions.errors';
import { InviteToApplyInput } from './match-actions.inputs';
import { MatchInvitationOutput } from './match-actions.outputs';
import { MatchActionsRepository } from './match-actions.repository';

const DAY_MS = 86_400_000;

/** What HR can do with a match: invite the person to apply (one mail through the outbox). */
@Injectable()
export class MatchActionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: MatchActionsRepository,
    private readonly outbox: Outbox,
    private readonly links: MailingLinks,
    private readonly touchpoints: TouchpointsRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
    @InjectConfig('app') private readonly app: AppConfig,
  ) {}

  /**
   * One transaction: lock the person, check eligibility (as the ranking does), the vacancy (open) and earlier invitations
   * (30 days), then enqueue the mail, record a touchpoint and an audit event. Two concurrent invitations serialise on the
   * person's row lock, so the second sees the first's touchpoint and answers 409.
   */
  async invite(auth: AuthContext, vacancyId: string, personId: string, input: InviteToApplyInput): Promise<MatchInvitationOutput> {
    const org = auth.organisationId;
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      const vacancy = await this.repository.vacancy(org, vacancyId, tx);
      if (!vacancy) throw notFound('Vacancy');
      const person = await this.repository.lockInvitee(org, personId, now, tx);
      if (!person) throw notFound('Person');
      if (vacancy.status !== 'open') {
        throw new DomainError('conflict', MatchActionErrorCodes.vacancyNotOpen, 'Only open vacancies take invitations');
      }
      if (!person.eligible) {
        throw new DomainError('conflict', MatchActionErrorCodes.personNotEligible, 'This person may not be approached for vacancies (no matching consent)');
      }
      if (!person.email) throw new DomainError('conflict', MatchActionErrorCodes.personWithoutEmail, 'This person has no e-mail address');
      const earlier = await this.repository.lastInvitation(org, personId, vacancyId, new Date(now.getTime() - INVITE_REPEAT_DAYS * DAY_MS), tx);
      if (earlier) {
        throw new DomainError('conflict', MatchActionErrorCodes.alreadyInvited, `This person was already invited to this vacancy in the last ${INVITE_REPEAT_DAYS} days`, [], {
          invitedAt: earlier.toISOString(),
        });
      }

      const message = input.message?.trim() || null;
      const token = encodeURIComponent(await this.links.sign(org, { personId }));
      const { id: mailId } = await this.outbox.enqueue(tx, org, {
        to: person.email,
        personId,
        locale: person.locale,
        template: 'match_invite',
        data: {
          organisationName: await this.repository.organisationName(org, tx),
          firstName: person.firstName,
          vacancy: { title: vacancy.title, url: `${this.app.publicUrl}/vacancies/${vacancy.id}` },
          message,
          senderName: await this.repository.personName(org, auth.personId, tx),
          preferencesUrl: `${this.app.publicUrl}/preferences/manage?token=${token}`,
        },
      });
      await this.touchpoints.record(
        org,
        [personId],
        {
          kind: 'match_invited',
          channel: 'email',
          occurredAt: now,
          actorUserId: auth.userId,
          subjectType: 'vacancy',
          subjectId: vacancyId,
          data: { mailId },
        },
        tx,
      );
      await this.audit.record(
        org,
        {
          actorUserId: auth.userId,
          action: 'match.invited',
          subjectType: 'person',
          subjectId: personId,
          data: { vacancyId, mailId, withMessage: message !== null },
        },
        tx,
      );
      return { vacancyId, personId, mailId, locale: person.locale, invitedAt: now.toISOString() };
    });
  }
}
