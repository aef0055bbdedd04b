import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { asOrganisationId, AuditRepository, ConsentsRepository, OrganisationId, Tx } from '@kring/server-database';
import { FilesService } from '@kring/server-storage';
import { DomainError, ErrorCodes } from '@kring/shared-domain';
import { ReferralEntity } from '../entities/referral.entity';
import { CandidateTokenPurpose, CandidateTokensRepository } from '../referrals/candidate-tokens.repository';
import type { ReferralContext } from '../referrals/referral-context';
import { heldDataOf, ReferralNotifier } from '../referrals/referral-notifier';
import { ReferralSubmissionService, UploadedCv } from '../referrals/referral-submission.service';
import { ReferralsRepository } from '../referrals/referrals.repository';
import { hashToken } from '@kring/server-identity';
import { referralNotMatched } from './candidate-consent.errors';
import { CandidateConsentInput, CandidateDeclineInput, CandidateTokenInput } from './inputs/candidate-token.input';
import {
  CandidateDecisionOutput,
  CandidateMatchingWithdrawalOutput,
  CandidateMatchOutput,
  CandidateReferralOutput,
} from './outputs/candidate-referral.output';
import { ReferralErasure } from './referral-erasure';

const invalidToken = () =>
  new DomainError('gone', ErrorCodes.candidateTokenInvalid, 'This link has expired or was already used');

/** First reminder a day after the request; the second two days before the deadline. */
export const FIRST_REMINDER_AFTER_MS = 24 * 3_600_000;
export const SECOND_REMINDER_BEFORE_DEADLINE_MS = 2 * 24 * 3_600_000;

/** `consents.source` of a matching consent withdrawn through the candidate's link ("stop finding me"). */
export const CANDIDATE_LINK_SOURCE = 'candidate_link';

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
    private readonly consents: ConsentsRepository,
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
   * sign in and reach the matching section of /preferences. `matchingConsent`: HR can find them now (else the page says
   * they will no longer be found instead of offering "stop finding me").
   */
  private async matchOf(organisationId: OrganisationId, ctx: ReferralContext): Promise<CandidateMatchOutput> {
    const hasAccount = await this.referrals.personHasPreferencesAccount(organisationId, ctx.candidatePersonId);
    const matchingConsent = ctx.candidatePersonId
      ? await this.consents.has(organisationId, ctx.candidatePersonId, 'matching', this.clock.now())
      : false;
    return { skills: ctx.matchSkills ?? [], note: ctx.motivation, hasAccount, matchingConsent };
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

  /**
   * Declines (erasing the referral). With `stopMatching` (Search & Match only) the person's matching consent is withdrawn
   * first, in the same transaction: the erasure unlinks the person from the referral and uses up the link, so afterwards
   * nothing could reach the person through it any more.
   */
  async decline(input: CandidateDeclineInput): Promise<CandidateDecisionOutput> {
    await this.decide(input.token, 'decline', async (tx, organisationId, referral, now) => {
      if (input.stopMatching) {
        if (referral.source !== 'match') throw referralNotMatched();
        if (!referral.candidatePersonId) throw invalidToken();
        // No referralId in the audit row: the decline erases the referral, which should not be re-linked to the person.
        await this.withdrawMatchingOf(tx, organisationId, referral.candidatePersonId, { declined: true }, now);
      }
      await this.closeWithoutConsent(tx, organisationId, referral, 'declined', now);
    });
    return input.stopMatching ? { consentState: 'declined', matchingConsent: false } : { consentState: 'declined' };
  }

  /**
   * "Stop finding me" through either link of a Search & Match referral, while the referral awaits the candidate's answer
   * (exactly as long as lookup answers the link). Withdraws the person's `matching` consent; the referral itself is left
   * as it is (the person may still want this job). Idempotent: an already withdrawn consent writes nothing.
   */
  async withdrawMatching(input: CandidateTokenInput): Promise<CandidateMatchingWithdrawalOutput> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (tx) => {
      const owner = await this.openTokenOwner(input.token, now, tx);
      if (!owner) throw invalidToken();
      const referral = await this.referrals.findForUpdate(owner.organisationId, owner.referralId, tx);
      if (!referral || referral.consentState !== 'awaiting_consent' || referral.erasedAt) throw invalidToken();
      if (referral.source !== 'match') throw referralNotMatched();
      if (!referral.candidatePersonId) throw invalidToken();
      await this.withdrawMatchingOf(tx, owner.organisationId, referral.candidatePersonId, { referralId: referral.id }, now);
    });
    return { matchingConsent: false };
  }

  /** A consent or decline token (both open the same page and both may stop matching) that is still unused and unexpired. */
  private async openTokenOwner(token: string, now: Date, tx: Tx) {
    const hash = hashToken(token);
    for (const purpose of ['consent', 'decline'] as const) {
      const owner = await this.tokens.find(hash, purpose, now, tx);
      if (owner) return owner;
    }
    return null;
  }

  /**
   * Sets the person's `matching` consent to withdrawn (the match triggers then clear
   * person_match_profiles.matching_consent_until and the person's match_scores rows) with an audit row, unless it is
   * withdrawn already. The person row is locked first, as the preference centre and the refer action do, so concurrent
   * changes of one person's consent write one event each. Returns whether anything changed.
   */
  private async withdrawMatchingOf(tx: Tx, organisationId: OrganisationId, personId: string, data: Record<string, unknown>, now: Date): Promise<boolean> {
    const locked: unknown[] = await tx.query(`SELECT id FROM people WHERE organisation_id = $1 AND id = $2 FOR UPDATE`, [organisationId, personId]);
    if (locked.length === 0) throw invalidToken();
    const [current]: Array<{ status: string }> = await tx.query(
      `SELECT status FROM consents WHERE organisation_id = $1 AND person_id = $2 AND purpose = 'matching'`,
      [organisationId, personId],
    );
    if (current?.status === 'withdrawn') return false;
    // Also a pending or expired consent (or none) is withdrawn, so that the person's "no" is on record.
    await this.consents.set(organisationId, personId, 'matching', { status: 'withdrawn', at: now, source: CANDIDATE_LINK_SOURCE, actorUserId: null, legalBasis: 'consent' }, tx);
    await this.audit.record(
      organisationId,
      { actorUserId: null, action: 'match.consent_withdrawn', subjectType: 'person', subjectId: personId, data: { ...data, via: CANDIDATE_LINK_SOURCE } },
      tx,
    );
    return true;
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
