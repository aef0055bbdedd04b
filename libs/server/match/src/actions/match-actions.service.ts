import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, Clock, InjectConfig } from '@kring/server-config';
import { AuditRepository, TouchpointsRepository } from '@kring/server-database';
import type { AuthContext } from '@kring/server-identity';
import { Outbox } from '@kring/server-mail';
import { MailingLinks } from '@kring/server-mailings';
import { ProgrammeResolver, ReferralSubmissionService } from '@kring/server-referrals';
import { DomainError, notFound } from '@kring/shared-domain';
import { conceptLabel, EscoCatalog } from '../matching/esco-catalog';
import { INVITE_REPEAT_DAYS, MatchActionErrorCodes, REFERRAL_SKILLS_NAMED } from './actions.errors';
import { InviteToApplyInput, ReferMatchInput } from './match-actions.inputs';
import { MatchInvitationOutput, MatchReferralOutput } from './match-actions.outputs';
import { InviteePerson, MatchActionsRepository } from './match-actions.repository';

const DAY_MS = 86_400_000;

/**
 * What HR can do with a match: invite the person to apply (one mail through the outbox), or refer them to the vacancy
 * (a referral with source 'match' that asks the candidate's consent like every referral).
 */
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
    private readonly submissions: ReferralSubmissionService,
    private readonly programmes: ProgrammeResolver,
    private readonly catalog: EscoCatalog,
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
      const { vacancy, person, email } = await this.approachable(org, vacancyId, personId, now, tx, 'invitations');
      const earlier = await this.repository.lastInvitation(org, personId, vacancyId, new Date(now.getTime() - INVITE_REPEAT_DAYS * DAY_MS), tx);
      if (earlier) {
        throw new DomainError('conflict', MatchActionErrorCodes.alreadyInvited, `This person was already invited to this vacancy in the last ${INVITE_REPEAT_DAYS} days`, [], {
          invitedAt: earlier.toISOString(),
        });
      }

      const message = input.message?.trim() || null;
      const token = encodeURIComponent(await this.links.sign(org, { personId }));
      const { id: mailId } = await this.outbox.enqueue(tx, org, {
        to: email,
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

  /**
   * Refers a matched person to the vacancy, in one transaction: the same checks as an invitation (the person locked,
   * matching consent re-checked as the ranking does, open vacancy, an e-mail address), then the programme (the
   * vacancy's own, else the internal or combined one; none: 409 match_no_programme), then the referrals library
   * creates the referral with source 'match' under its per-candidate lock (an open referral of the person for this
   * vacancy: 409 match_already_referred, so a retry never sends a second request) and asks the candidate's consent,
   * naming HR, the organisation and the skills they share with the vacancy. HR is the referrer; no reward, no points.
   */
  async refer(auth: AuthContext, vacancyId: string, personId: string, input: ReferMatchInput): Promise<MatchReferralOutput> {
    const org = auth.organisationId;
    const now = this.clock.now();
    const index = await this.catalog.index(); // loaded once per process, before any row lock is taken
    const outcome = await this.dataSource.transaction(async (tx) => {
      const { person, email } = await this.approachable(org, vacancyId, personId, now, tx, 'referrals');
      const programme = await this.programmes.resolveForMatch(org, vacancyId, now, tx);
      if (!programme) {
        throw new DomainError('conflict', MatchActionErrorCodes.noProgramme, 'No running referral programme can take this referral: add an internal or combined programme, or one for this vacancy');
      }
      const note = input.note?.trim() || null;
      const skills = (await this.repository.sharedSkills(org, vacancyId, personId, REFERRAL_SKILLS_NAMED, tx)).map((uri) => conceptLabel(index, uri, person.locale));
      const created = await this.submissions.createFromMatch(
        tx,
        org,
        {
          programme,
          vacancyId,
          referrerUserId: auth.userId,
          person: { id: person.id, name: `${person.firstName} ${person.lastName}`.trim(), email, locale: person.locale },
          note,
          matchSkills: skills,
        },
        now,
      );
      if (created.duplicateOf) return { duplicateOf: created.duplicateOf };
      await this.audit.record(
        org,
        {
          actorUserId: auth.userId,
          action: 'match.referred',
          subjectType: 'person',
          subjectId: personId,
          data: { vacancyId, referralId: created.id, programmeId: programme.id, withNote: note !== null },
        },
        tx,
      );
      return {
        referral: {
          referralId: created.id!,
          vacancyId,
          personId,
          programmeId: programme.id,
          consentState: 'awaiting_consent' as const,
          consentDueAt: created.consentDueAt!.toISOString(),
          locale: person.locale,
          matchedSkills: skills,
          referredAt: now.toISOString(),
        },
      };
    });
    if (outcome.duplicateOf) {
      const { id, createdAt } = outcome.duplicateOf;
      const day = createdAt.toISOString().slice(0, 10);
      throw new DomainError('conflict', MatchActionErrorCodes.alreadyReferred, `This person already has an open referral for this vacancy (since ${day})`, [], {
        referralId: id,
        referredOn: day,
      });
    }
    return outcome.referral!;
  }

  /**
   * The checks every action on a match makes, inside its transaction: the vacancy and the person exist in the caller's
   * organisation (404 otherwise), the vacancy is open, the person is one the matcher may return (re-checked here, with
   * the person's row locked: never trust the client's list) and has an e-mail address.
   */
  private async approachable(
    org: AuthContext['organisationId'],
    vacancyId: string,
    personId: string,
    now: Date,
    tx: Parameters<MatchActionsRepository['vacancy']>[2],
    what: 'invitations' | 'referrals',
  ): Promise<{ vacancy: { id: string; title: string; status: string }; person: InviteePerson; email: string }> {
    const vacancy = await this.repository.vacancy(org, vacancyId, tx);
    if (!vacancy) throw notFound('Vacancy');
    const person = await this.repository.lockInvitee(org, personId, now, tx);
    if (!person) throw notFound('Person');
    if (vacancy.status !== 'open') {
      throw new DomainError('conflict', MatchActionErrorCodes.vacancyNotOpen, `Only open vacancies take ${what}`);
    }
    if (!person.eligible) {
      throw new DomainError('conflict', MatchActionErrorCodes.personNotEligible, 'This person may not be approached for vacancies (no matching consent)');
    }
    if (!person.email) throw new DomainError('conflict', MatchActionErrorCodes.personWithoutEmail, 'This person has no e-mail address');
    return { vacancy, person, email: person.email };
  }
}
