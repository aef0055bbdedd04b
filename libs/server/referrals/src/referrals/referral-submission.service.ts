import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository, OrganisationId, PeopleRepository, Tx } from '@kring/server-database';
import { FilesService, type FileUpload } from '@kring/server-storage';
import { DomainError, ErrorCodes, type Locale, type Relationship } from '@kring/shared-domain';
import { ProgrammeEntity } from '../entities/programme.entity';
import { ProgrammeResolver, refusalError } from '../programmes/programme-resolver.service';
import { CandidateTokensRepository } from './candidate-tokens.repository';
import { normaliseEmail, normalisePhone } from './contact';
import { SubmitReferralInput } from './inputs/submit-referral.input';
import { heldDataOf, ReferralNotifier } from './referral-notifier';
import { ReferralsRepository, ReferrerRow } from './referrals.repository';
import { hashToken, newToken } from '@kring/server-identity';

/** A CV as it arrived (multipart); checked on content by FilesService. */
export type UploadedCv = FileUpload;

/** What a referral is made of: the referrer's form, or a candidate's own application through a share link. */
export type ReferralDraft = Omit<SubmitReferralInput, 'relationship' | 'cv'> & { relationship: Relationship | null };

export interface SubmissionContext {
  source: 'referral_form' | 'share_link';
  shareLinkId?: string;
  /** The candidate applied through a share link and gave consent in the form themselves. */
  candidateConsented?: boolean;
  candidateNote?: string | null;
}

const refused = (kind: 'forbidden' | 'conflict' | 'gone' | 'validation', code: string, message: string, field?: string) =>
  new DomainError(kind, code, message, field ? [{ field, message }] : []);

/**
 * Submitting a referral: eligibility, the programme that applies, ownership of the candidate, storing the
 * CV, and asking the candidate's consent, all in one transaction. Refused duplicates are recorded for HR.
 */
@Injectable()
export class ReferralSubmissionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly referrals: ReferralsRepository,
    private readonly tokens: CandidateTokensRepository,
    private readonly people: PeopleRepository,
    private readonly programmes: ProgrammeResolver,
    private readonly files: FilesService,
    private readonly notifier: ReferralNotifier,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async submit(
    organisationId: OrganisationId,
    referrerUserId: string,
    input: ReferralDraft,
    cv: UploadedCv | undefined,
    context: SubmissionContext = { source: 'referral_form' },
  ): Promise<{ id: string; consentState: 'awaiting_consent' | 'consented' }> {
    const now = this.clock.now();
    const referrer = await this.referrals.referrer(organisationId, referrerUserId);
    if (!referrer || referrer.status !== 'active') throw refused('forbidden', ErrorCodes.referrerNotEligible, 'Your account cannot refer');
    const candidate = this.candidateContact(input);
    this.refuseSelfReferral(referrer, candidate);

    const resolution = await this.programmes.resolve(
      organisationId,
      { userId: referrer.userId, audiences: this.programmes.audiencesOf(referrer.roles, referrer.employmentType) },
      input.vacancyId ?? null,
      now,
    );
    if (!resolution.ok) throw refusalError(resolution);
    const programme = resolution.programme;
    await this.refuseHiringTeam(organisationId, programme, referrer, input.vacancyId ?? null);

    const outcome = await this.dataSource.transaction(async (tx) => {
      await this.referrals.lockCandidate(organisationId, [candidate.email, candidate.phone].filter((k): k is string => !!k), tx);
      const since = new Date(now.getTime() - programme.ownershipDays * 86_400_000);
      const owner = await this.referrals.findOwner(
        organisationId,
        candidate,
        since,
        { scoped: programme.ownershipScope === 'vacancy', vacancyId: input.vacancyId ?? null },
        tx,
      );
      if (owner) {
        await this.referrals.recordRefusal(
          organisationId,
          { referrerUserId, programmeId: programme.id, vacancyId: input.vacancyId ?? null, reason: ErrorCodes.candidateAlreadyReferred, existingReferralId: owner.id },
          tx,
        );
        return { duplicateOf: owner, id: null };
      }
      return { duplicateOf: null, id: await this.create(tx, organisationId, referrer, programme, input, candidate, cv, context, now) };
    });
    if (outcome.duplicateOf) {
      const day = outcome.duplicateOf.createdAt.toISOString().slice(0, 10);
      throw new DomainError('conflict', ErrorCodes.candidateAlreadyReferred, `Already referred by a colleague on ${day}`, [], {
        referredOn: day,
      });
    }
    return { id: outcome.id!, consentState: context.candidateConsented ? 'consented' : 'awaiting_consent' };
  }

  private async create(
    tx: Tx,
    organisationId: OrganisationId,
    referrer: ReferrerRow,
    programme: ProgrammeEntity,
    input: ReferralDraft,
    candidate: { email: string | null; phone: string | null },
    cv: UploadedCv | undefined,
    context: SubmissionContext,
    now: Date,
  ): Promise<string> {
    const stored = cv ? await this.files.storeCv(organisationId, cv, tx) : null;
    const person = await this.candidatePerson(tx, organisationId, input, candidate);
    const consented = context.candidateConsented === true;
    const consentDueAt = new Date(now.getTime() + programme.consentTimeoutDays * 86_400_000);
    const id = await this.referrals.insert(
      organisationId,
      {
        programmeId: programme.id,
        vacancyId: input.vacancyId ?? null,
        referrerUserId: referrer.userId,
        candidatePersonId: person.id,
        candidateName: input.candidateName,
        candidateEmail: candidate.email,
        candidatePhone: candidate.phone,
        candidateLocale: input.candidateLocale ?? person.locale,
        relationship: input.relationship,
        motivation: input.motivation ?? null,
        candidateInformed: input.candidateInformed,
        cvFileId: stored?.id ?? null,
        candidateNote: context.candidateNote ?? null,
        source: context.source,
        shareLinkId: context.shareLinkId ?? null,
        consentDueAt,
        createdAt: now,
        stageChangedAt: now,
        ...(consented ? { consentState: 'consented' as const, consentDecidedAt: now } : {}),
      },
      tx,
    );
    await this.referrals.addEvents(
      organisationId,
      [
        { referralId: id, kind: 'stage', fromValue: null, toValue: 'new', actorUserId: referrer.userId, note: null },
        { referralId: id, kind: 'consent', fromValue: null, toValue: consented ? 'consented' : 'awaiting_consent', actorUserId: null, note: null },
      ],
      tx,
    );
    const ctx = (await this.referrals.context(organisationId, id, tx))!;
    if (consented) {
      await this.notifier.toCandidate(tx, organisationId, ctx, 'consented');
      await this.notifier.toReferrer(tx, organisationId, ctx, 'consented');
    } else {
      const links = await this.issueConsentTokens(tx, organisationId, id, consentDueAt);
      await this.notifier.askConsent(tx, organisationId, ctx, { ...links, respondBefore: consentDueAt, reminder: 0, held: heldDataOf({ candidateEmail: candidate.email, candidatePhone: candidate.phone, relationship: input.relationship, motivation: input.motivation ?? null, cvFileId: stored?.id ?? null }) });
    }
    await this.audit.record(
      organisationId,
      { actorUserId: referrer.userId, action: 'referral.submitted', subjectType: 'referral', subjectId: id, data: { programmeId: programme.id, source: context.source } },
      tx,
    );
    return id;
  }

  /**
   * HR refers a person Search & Match found (source 'match'; HR's own sourcing: no reward, no points, see
   * docs/developer/match-actions.md). Runs in the caller's transaction; the caller has checked the person's matching
   * consent, the vacancy and chosen the programme. Under the same per-candidate lock as a submission, an open referral
   * of this person (by person or email) for the same vacancy wins: it is returned as `duplicateOf` and nothing is
   * written. Otherwise the referral (linked to the existing person; name, email and locale copied from them), its first
   * stage and consent events, the consent links and the consent request (the normal flow: reminders, expiry), and an
   * audit event.
   */
  async createFromMatch(
    tx: Tx,
    organisationId: OrganisationId,
    draft: {
      programme: ProgrammeEntity;
      vacancyId: string;
      referrerUserId: string;
      person: { id: string; name: string; email: string; locale: Locale };
      /** HR's note to the candidate, stored as the referral's motivation. */
      note: string | null;
      /** Labels in the candidate's language: the "why" of the consent request. */
      matchSkills: string[];
    },
    now: Date,
  ): Promise<{ duplicateOf: { id: string; createdAt: Date } | null; id: string | null; consentDueAt: Date | null }> {
    const email = normaliseEmail(draft.person.email);
    await this.referrals.lockCandidate(organisationId, [email], tx);
    const open = await this.referrals.findOpenForVacancy(organisationId, { personId: draft.person.id, email }, draft.vacancyId, tx);
    if (open) return { duplicateOf: open, id: null, consentDueAt: null };
    const consentDueAt = new Date(now.getTime() + draft.programme.consentTimeoutDays * 86_400_000);
    const id = await this.referrals.insert(
      organisationId,
      {
        programmeId: draft.programme.id,
        vacancyId: draft.vacancyId,
        referrerUserId: draft.referrerUserId,
        candidatePersonId: draft.person.id,
        candidateName: draft.person.name,
        candidateEmail: email,
        candidatePhone: null,
        candidateLocale: draft.person.locale,
        relationship: null,
        motivation: draft.note,
        candidateInformed: false,
        cvFileId: null,
        candidateNote: null,
        source: 'match',
        shareLinkId: null,
        consentDueAt,
        createdAt: now,
        stageChangedAt: now,
        matchSkills: draft.matchSkills,
      },
      tx,
    );
    await this.referrals.addEvents(
      organisationId,
      [
        { referralId: id, kind: 'stage', fromValue: null, toValue: 'new', actorUserId: draft.referrerUserId, note: null },
        { referralId: id, kind: 'consent', fromValue: null, toValue: 'awaiting_consent', actorUserId: null, note: null },
      ],
      tx,
    );
    const ctx = (await this.referrals.context(organisationId, id, tx))!;
    const links = await this.issueConsentTokens(tx, organisationId, id, consentDueAt);
    const held = heldDataOf({ candidateEmail: email, candidatePhone: null, relationship: null, motivation: draft.note, cvFileId: null });
    await this.notifier.askConsent(tx, organisationId, ctx, { ...links, respondBefore: consentDueAt, reminder: 0, held });
    await this.audit.record(
      organisationId,
      {
        actorUserId: draft.referrerUserId,
        action: 'referral.submitted',
        subjectType: 'referral',
        subjectId: id,
        data: { programmeId: draft.programme.id, source: 'match', personId: draft.person.id },
      },
      tx,
    );
    return { duplicateOf: null, id, consentDueAt };
  }

  /** A fresh pair of single-purpose links (consent, decline), valid until the consent deadline. */
  async issueConsentTokens(tx: Tx, organisationId: OrganisationId, referralId: string, expiresAt: Date) {
    const consentToken = newToken();
    const declineToken = newToken();
    await this.tokens.create(
      organisationId,
      [
        { referralId, purpose: 'consent', tokenHash: hashToken(consentToken), expiresAt },
        { referralId, purpose: 'decline', tokenHash: hashToken(declineToken), expiresAt },
      ],
      tx,
    );
    return { consentToken, declineToken };
  }

  private candidateContact(input: ReferralDraft): { email: string | null; phone: string | null } {
    const email = input.candidateEmail ? normaliseEmail(input.candidateEmail) : null;
    const phone = input.candidatePhone ? normalisePhone(input.candidatePhone) : null;
    if (input.candidatePhone && !phone) throw refused('validation', ErrorCodes.validationFailed, 'is not a valid phone number', 'candidatePhone');
    if (!email && !phone) {
      throw new DomainError('validation', ErrorCodes.validationFailed, 'Give an email address or a phone number', [
        { field: 'candidateEmail', message: 'give an email address or a phone number' },
        { field: 'candidatePhone', message: 'give an email address or a phone number' },
      ]);
    }
    return { email, phone };
  }

  private refuseSelfReferral(referrer: ReferrerRow, candidate: { email: string | null; phone: string | null }): void {
    const ownEmails = [referrer.email, referrer.personEmail].filter(Boolean);
    const ownPhone = referrer.personPhone ? normalisePhone(referrer.personPhone) : null;
    if ((candidate.email && ownEmails.includes(candidate.email)) || (candidate.phone && candidate.phone === ownPhone)) {
      throw refused('validation', ErrorCodes.selfReferral, 'You cannot refer yourself', candidate.email && ownEmails.includes(candidate.email) ? 'candidateEmail' : 'candidatePhone');
    }
  }

  private async refuseHiringTeam(organisationId: OrganisationId, programme: ProgrammeEntity, referrer: ReferrerRow, vacancyId: string | null) {
    if (programme.allowHiringTeamReferrals || !vacancyId) return;
    const [vacancy]: Array<{ hiring_manager_user_id: string | null }> = await this.dataSource.query(
      `SELECT hiring_manager_user_id FROM vacancies WHERE organisation_id = $1 AND id = $2`,
      [organisationId, vacancyId],
    );
    if (referrer.roles.includes('hr_admin') || vacancy?.hiring_manager_user_id === referrer.userId) {
      throw refused('forbidden', ErrorCodes.hiringTeamReferral, "This programme does not take referrals from HR or the vacancy's hiring manager");
    }
  }

  private async candidatePerson(tx: Tx, organisationId: OrganisationId, input: ReferralDraft, candidate: { email: string | null; phone: string | null }) {
    const [firstName, ...rest] = input.candidateName.split(/\s+/);
    const person = { firstName: firstName ?? input.candidateName, lastName: rest.join(' '), phone: candidate.phone, locale: input.candidateLocale, source: 'referral' as const };
    if (candidate.email) {
      const defaultLocale = await this.organisationLocale(tx, organisationId);
      return this.people.findOrCreateByEmail(organisationId, { ...person, email: candidate.email, locale: input.candidateLocale ?? defaultLocale }, tx);
    }
    return this.people.create(organisationId, { ...person, locale: input.candidateLocale ?? (await this.organisationLocale(tx, organisationId)) }, tx);
  }

  private async organisationLocale(tx: Tx, organisationId: OrganisationId): Promise<Locale> {
    const [row]: Array<{ default_locale: Locale }> = await tx.query(`SELECT default_locale FROM organisations WHERE id = $1`, [organisationId]);
    return row!.default_locale;
  }
}
