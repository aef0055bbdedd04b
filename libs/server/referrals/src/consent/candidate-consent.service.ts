import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { asOrganisationId, AuditRepository, OrganisationId, Tx } from '@kring/server-database';
import { FilesService } from '@kring/server-storage';
import { DomainError, ErrorCodes } from '@kring/shared-domain';
import { ReferralEntity } from '../entities/referral.entity';
import { CandidateTokenPurpose, CandidateTokensRepository } from '../referrals/candidate-tokens.repository';
import type { ReferralContext } from '../referrals/referral-context';
import { heldDataOf, ReferralNotifier } from '../referrals/referral-notifier';
import { ReferralSubmissionService, UploadedCv } from '../referrals/referral-submission.service';
import { ReferralsRepository } from '../referrals/referrals.repository';
import { hashToken } from '@kring/server-identity';
import { CandidateConsentInput, CandidateTokenInput } from './inputs/candidate-token.input';
import { CandidateDecisionOutput, CandidateMatchOutput, CandidateReferralOutput } from './outputs/candidate-referral.output';
import { ReferralErasure } from './referral-erasure';

const invalidToken = () =>
  new DomainError('gone', ErrorCodes.candidateTokenInvalid, 'This link has expired or was already used');

/** First reminder a day after the request; the second two days before the deadline. */
export const FIRST_REMINDER_AFTER_MS = 24 * 3_600_000;
export const SECOND_REMINDER_BEFORE_DEADLINE_MS = 2 * 24 * 3_600_000;

/**
 * The candidate's side (GDPR art. 14): learn who referred them and which data is held, then consent or
 * decline through single-purpose links without logging in. Silence past the deadline erases the data.
 */
@Injectable()
export class CandidateConsentService {
  private readonly logger = new Logger(CandidateConsentService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referrals: ReferralsRepository,
    private readonly tokens: CandidateTokensRepository,
    private readonly submissions: ReferralSubmissionService,
    private readonly erasure: ReferralErasure,
    private readonly files: FilesService,
    private readonly notifier: ReferralNotifier,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async lookup(input: CandidateTokenInput): Promise<CandidateReferralOutput> {
    const now = this.clock.now();
    for (const purpose of ['consent', 'decline'] as const) {
      const owner = await this.tokens.find(hashToken(input.token), purpose, now);
      if (!owner) continue;
      const referral = await this.referrals.findById(owner.organisationId, owner.referralId);
      const ctx = await this.referrals.context(owner.organisationId, owner.referralId);
      if (!referral || !ctx || referral.consentState !== 'awaiting_consent' || !ctx.candidateName) break;
      return {
        purpose,
        organisationName: ctx.organisationName,
        referrerName: `${ctx.referrerFirstName} ${ctx.referrerLastName}`.trim(),
        vacancyTitle: ctx.vacancyTitle,
        candidateName: ctx.candidateName,
        dataHeld: heldDataOf(referral),
        respondBefore: referral.consentDueAt.toISOString(),
        hasCv: !!referral.cvFileId,
        source: ctx.source,
        match: ctx.source === 'match' ? await this.matchOf(owner.organisationId, ctx) : null,
      };
    }
    throw invalidToken();
  }

  /**
   * Why HR referred a person Search & Match found: the same skills and note the mail names. `hasAccount`: the person can
   * sign in and reach the matching section of /preferences, else the page says to reply.
   */
  private async matchOf(organisationId: OrganisationId, ctx: ReferralContext): Promise<CandidateMatchOutput> {
    const hasAccount = await this.referrals.personHasPreferencesAccount(organisationId, ctx.candidatePersonId);
    return { skills: ctx.matchSkills ?? [], note: ctx.motivation, hasAccount };
  }

  async consent(input: CandidateConsentInput, cv: UploadedCv | undefined): Promise<CandidateDecisionOutput> {
    await this.decide(input.token, 'consent', async (tx, organisationId, referral, now) => {
      const stored = cv ? await this.files.storeCv(organisationId, cv, tx) : null;
      await this.referrals.update(
        organisationId,
        referral.id,
        {
          consentState: 'consented',
          consentDecidedAt: now,
          ...(input.note ? { candidateNote: input.note } : {}),
          ...(stored ? { cvFileId: stored.id } : {}),
        },
        tx,
      );
      if (stored && referral.cvFileId) await this.files.erase(organisationId, referral.cvFileId, tx);
      await this.referrals.addEvent(organisationId, { referralId: referral.id, kind: 'consent', fromValue: 'awaiting_consent', toValue: 'consented', actorUserId: null, note: null }, tx);
      const ctx = (await this.referrals.context(organisationId, referral.id, tx))!;
      await this.notifier.toCandidate(tx, organisationId, ctx, 'consented');
      await this.notifier.toReferrer(tx, organisationId, ctx, 'consented');
    });
    return { consentState: 'consented' };
  }

  async decline(input: CandidateTokenInput): Promise<CandidateDecisionOutput> {
    await this.decide(input.token, 'decline', (tx, organisationId, referral, now) => this.closeWithoutConsent(tx, organisationId, referral, 'declined', now));
    return { consentState: 'declined' };
  }

  /** Scheduled: erases referrals whose candidate did not answer before the deadline. Returns how many. */
  async expireOverdue(limit = 200): Promise<number> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      const due: Array<{ organisation_id: string; id: string }> = await tx.query(
        `SELECT organisation_id, id FROM referrals WHERE consent_state = 'awaiting_consent' AND consent_due_at <= $1
          ORDER BY consent_due_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [now, limit],
      );
      for (const row of due) {
        const organisationId = asOrganisationId(row.organisation_id);
        const referral = (await this.referrals.findById(organisationId, row.id, tx))!;
        await this.closeWithoutConsent(tx, organisationId, referral, 'expired', now);
      }
      return due.length;
    });
  }

  /** Scheduled: reminds candidates who have not answered yet (at most two reminders). Returns how many. */
  async sendReminders(limit = 200): Promise<number> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      const due: Array<{ organisation_id: string; id: string }> = await tx.query(
        `SELECT organisation_id, id FROM referrals
          WHERE consent_state = 'awaiting_consent' AND consent_due_at > $1 AND candidate_email IS NOT NULL
            AND ((consent_reminders_sent = 0 AND created_at <= $2 AND consent_due_at > $1 + interval '1 day')
              OR (consent_reminders_sent = 1 AND consent_due_at <= $3))
          ORDER BY consent_due_at LIMIT $4 FOR UPDATE SKIP LOCKED`,
        [now, new Date(now.getTime() - FIRST_REMINDER_AFTER_MS), new Date(now.getTime() + SECOND_REMINDER_BEFORE_DEADLINE_MS), limit],
      );
      for (const row of due) {
        const organisationId = asOrganisationId(row.organisation_id);
        const referral = (await this.referrals.findById(organisationId, row.id, tx))!;
        const links = await this.submissions.issueConsentTokens(tx, organisationId, referral.id, referral.consentDueAt);
        const ctx = (await this.referrals.context(organisationId, referral.id, tx))!;
        await this.notifier.askConsent(tx, organisationId, ctx, {
          ...links,
          respondBefore: referral.consentDueAt,
          reminder: referral.consentRemindersSent + 1,
          held: heldDataOf(referral),
        });
        await this.referrals.update(organisationId, referral.id, { consentRemindersSent: referral.consentRemindersSent + 1 }, tx);
      }
      return due.length;
    });
  }

  private async decide(
    token: string,
    purpose: CandidateTokenPurpose,
    apply: (tx: Tx, organisationId: OrganisationId, referral: ReferralEntity, now: Date) => Promise<void>,
  ): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (tx) => {
      const owner = await this.tokens.find(hashToken(token), purpose, now, tx);
      if (!owner) throw invalidToken();
      const referral = await this.referrals.findForUpdate(owner.organisationId, owner.referralId, tx);
      if (!referral || referral.consentState !== 'awaiting_consent') throw invalidToken();
      await this.tokens.useAll(owner.organisationId, referral.id, now, tx);
      await apply(tx, owner.organisationId, referral, now);
    });
  }

  private async closeWithoutConsent(tx: Tx, organisationId: OrganisationId, referral: ReferralEntity, state: 'declined' | 'expired', now: Date) {
    const ctx = (await this.referrals.context(organisationId, referral.id, tx))!;
    await this.erasure.erase(tx, organisationId, referral, now);
    await this.referrals.update(organisationId, referral.id, { consentState: state, consentDecidedAt: now }, tx);
    await this.tokens.useAll(organisationId, referral.id, now, tx);
    await this.referrals.addEvent(organisationId, { referralId: referral.id, kind: 'consent', fromValue: 'awaiting_consent', toValue: state, actorUserId: null, note: null }, tx);
    await this.notifier.toReferrer(tx, organisationId, { ...ctx, candidateName: null }, state);
    await this.audit.record(organisationId, { actorUserId: null, action: `referral.candidate_${state}`, subjectType: 'referral', subjectId: referral.id, data: { erased: true } }, tx);
    this.logger.log({ message: 'candidate data erased', referralId: referral.id, reason: state });
  }
}
