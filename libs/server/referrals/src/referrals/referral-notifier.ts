import { Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig } from '@kring/server-config';
import { OrganisationId, Tx } from '@kring/server-database';
import { Outbox } from '@kring/server-mail';
import type { Locale, Stage } from '@kring/shared-domain';
import { StageNamesRepository } from '../pipeline/stage-names';
import type { ReferralEntity } from '../entities/referral.entity';
import type { ReferralContext } from './referral-context';

export type ReferrerUpdate = 'consented' | 'declined' | 'expired' | 'stage' | 'hired' | 'rejected' | 'withdrawn';

const DATA_LABELS: Record<Locale, Record<'name' | 'email' | 'phone' | 'relationship' | 'motivation' | 'cv', string>> = {
  nl: { name: 'je naam', email: 'je e-mailadres', phone: 'je telefoonnummer', relationship: 'hoe jullie elkaar kennen', motivation: 'waarom je zou passen', cv: 'je cv' },
  en: { name: 'your name', email: 'your email address', phone: 'your phone number', relationship: 'how you know each other', motivation: 'why you would fit', cv: 'your CV' },
};

export type HeldData = keyof (typeof DATA_LABELS)['nl'];

/** Which personal data a referral holds about its candidate: what the consent mail and page list. */
export function heldDataOf(
  referral: Pick<ReferralEntity, 'candidateEmail' | 'candidatePhone' | 'relationship' | 'motivation' | 'cvFileId'>,
): HeldData[] {
  const held: HeldData[] = ['name'];
  if (referral.candidateEmail) held.push('email');
  if (referral.candidatePhone) held.push('phone');
  if (referral.relationship) held.push('relationship');
  if (referral.motivation) held.push('motivation');
  if (referral.cvFileId) held.push('cv');
  return held;
}

/** Turns referral events into mails in the outbox, in the same transaction as the change. */
@Injectable()
export class ReferralNotifier {
  constructor(
    private readonly outbox: Outbox,
    private readonly stageNames: StageNamesRepository,
    @InjectConfig('app') private readonly app: AppConfig,
  ) {}

  async askConsent(
    tx: Tx,
    organisationId: OrganisationId,
    ctx: ReferralContext,
    links: { consentToken: string; declineToken: string; respondBefore: Date; reminder: number; held: HeldData[] },
  ): Promise<void> {
    if (!ctx.candidateEmail || !ctx.candidateName) return; // phone-only candidates are asked by the referrer (documented)
    const locale = ctx.candidateLocale;
    await this.outbox.enqueue(tx, organisationId, {
      to: ctx.candidateEmail,
      personId: ctx.candidatePersonId,
      locale,
      template: 'referral_consent',
      sensitive: true,
      data: {
        organisationName: ctx.organisationName,
        candidateName: ctx.candidateName,
        referrerName: `${ctx.referrerFirstName} ${ctx.referrerLastName}`.trim(),
        vacancyTitle: ctx.vacancyTitle,
        dataHeld: links.held.map((item) => DATA_LABELS[locale][item]),
        consentUrl: `${this.app.publicUrl}/candidate/consent?token=${links.consentToken}`,
        declineUrl: `${this.app.publicUrl}/candidate/decline?token=${links.declineToken}`,
        respondBefore: links.respondBefore,
        reminder: links.reminder,
        // HR referred someone Search & Match found: the mail says so, and why (matched skills, HR's note).
        match: ctx.source === 'match' ? { skills: ctx.matchSkills ?? [], note: ctx.motivation } : null,
      },
    });
  }

  async toReferrer(
    tx: Tx,
    organisationId: OrganisationId,
    ctx: ReferralContext,
    update: ReferrerUpdate,
    options: { stage?: Stage; reason?: string | null } = {},
  ): Promise<void> {
    if (!ctx.referrerActive) return;
    const names = await this.stageNames.get(organisationId, tx);
    await this.outbox.enqueue(tx, organisationId, {
      to: ctx.referrerEmail,
      personId: ctx.referrerPersonId,
      locale: ctx.referrerLocale,
      template: 'referral_referrer_update',
      data: {
        organisationName: ctx.organisationName,
        referrerFirstName: ctx.referrerFirstName,
        candidateName: ctx.candidateName,
        vacancyTitle: ctx.vacancyTitle,
        update,
        stageName: options.stage ? names[ctx.referrerLocale][options.stage] : null,
        reason: options.reason ?? null,
        referralsUrl: `${this.app.publicUrl}/my-referrals`,
      },
    });
  }

  async toCandidate(
    tx: Tx,
    organisationId: OrganisationId,
    ctx: ReferralContext,
    update: 'consented' | 'hired' | 'rejected',
    reason: string | null = null,
  ): Promise<void> {
    if (!ctx.candidateEmail || !ctx.candidateName) return;
    await this.outbox.enqueue(tx, organisationId, {
      to: ctx.candidateEmail,
      personId: ctx.candidatePersonId,
      locale: ctx.candidateLocale,
      template: 'referral_candidate_update',
      data: { organisationName: ctx.organisationName, candidateName: ctx.candidateName, vacancyTitle: ctx.vacancyTitle, update, reason },
    });
  }
}
