import { Column, Entity } from 'typeorm';
import { OrganisationScopedEntity } from '@kring/server-database';
import type { ConsentState, Locale, ReferralSource, Relationship, Stage } from '@kring/shared-domain';

/**
 * A person put forward by a referrer. Candidate fields are personal data: they are erased (set to null,
 * erased_at set) when the candidate declines or does not answer in time.
 */
@Entity('referrals')
export class ReferralEntity extends OrganisationScopedEntity {
  @Column({ type: 'uuid' }) programmeId: string;
  /** Null for a general referral (talent pool). */
  @Column({ type: 'uuid', nullable: true }) vacancyId: string | null;
  @Column({ type: 'uuid' }) referrerUserId: string;
  @Column({ type: 'uuid', nullable: true }) candidatePersonId: string | null;
  @Column({ type: 'text', nullable: true }) candidateName: string | null;
  /** Normalised; with candidatePhone the key for ownership checks. */
  @Column({ type: 'text', nullable: true }) candidateEmail: string | null;
  /** E.164. */
  @Column({ type: 'text', nullable: true }) candidatePhone: string | null;
  @Column({ type: 'text', default: 'nl' }) candidateLocale: Locale;
  @Column({ type: 'text', nullable: true }) relationship: Relationship | null;
  @Column({ type: 'text', nullable: true }) motivation: string | null;
  @Column({ type: 'boolean', default: false }) candidateInformed: boolean;
  @Column({ type: 'uuid', nullable: true }) cvFileId: string | null;
  @Column({ type: 'text', nullable: true }) candidateNote: string | null;
  /** 'match': HR referred a person Search & Match found (HR's own sourcing: no reward, no points). */
  @Column({ type: 'text', default: 'referral_form' }) source: ReferralSource;
  /** Source 'match' only: the skills the candidate matched on, labels in the candidate's language (the consent mail's "why"). */
  @Column({ type: 'text', array: true, nullable: true }) matchSkills: string[] | null;
  @Column({ type: 'uuid', nullable: true }) shareLinkId: string | null;
  @Column({ type: 'text', default: 'new' }) stage: Stage;
  @Column({ type: 'timestamptz', default: () => 'now()' }) stageChangedAt: Date;
  @Column({ type: 'text', default: 'awaiting_consent' }) consentState: ConsentState;
  @Column({ type: 'timestamptz' }) consentDueAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) consentDecidedAt: Date | null;
  @Column({ type: 'integer', default: 0 }) consentRemindersSent: number;
  @Column({ type: 'text', nullable: true }) rejectionReason: string | null;
  @Column({ type: 'boolean', default: false }) rejectionReasonShareable: boolean;
  @Column({ type: 'date', nullable: true }) startDate: string | null;
  @Column({ type: 'integer', nullable: true }) probationMonths: number | null;
  @Column({ type: 'uuid', nullable: true }) hiredPersonId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) erasedAt: Date | null;
  /** Whether the vacancy was hard to fill at submission; set by a database trigger on insert (rewards use it). */
  @Column({ type: 'boolean', default: false, insert: false, update: false }) vacancyHardToFill: boolean;
  /** Last day of employment of the hire, recorded by HR (rewards due after it are cancelled). */
  @Column({ type: 'date', nullable: true }) hireLeftOn: string | null;
  @Column({ type: 'text', nullable: true }) hireLeftReason: string | null;
}
