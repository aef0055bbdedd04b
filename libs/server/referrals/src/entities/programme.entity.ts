import { Column, Entity } from 'typeorm';
import { OrganisationScopedEntity } from '@kring/server-database';
import type { Audience, OwnershipScope, ProgrammeKind, VacancyScope } from '@kring/shared-domain';

/** A referral programme (ongoing: no end) or a referral action (time-boxed: has an end). */
@Entity('programmes')
export class ProgrammeEntity extends OrganisationScopedEntity {
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) kind: ProgrammeKind;
  @Column({ type: 'text', array: true }) audiences: Audience[];
  @Column({ type: 'timestamptz', nullable: true }) startsAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) endsAt: Date | null;
  @Column({ type: 'text', default: 'all_open' }) vacancyScope: VacancyScope;
  @Column({ type: 'integer', default: 180 }) ownershipDays: number;
  @Column({ type: 'text', default: 'candidate' }) ownershipScope: OwnershipScope;
  @Column({ type: 'integer', default: 14 }) consentTimeoutDays: number;
  /** Whether HR admins and a vacancy's hiring manager may refer for that vacancy. */
  @Column({ type: 'boolean', default: false }) allowHiringTeamReferrals: boolean;
  @Column({ type: 'text', default: '' }) termsMarkdown: string;
  /** What referrers are told they receive, until reward rules (a later issue) compute it. */
  @Column({ type: 'text', default: '' }) rewardSummary: string;
  @Column({ type: 'timestamptz', nullable: true }) archivedAt: Date | null;
}

@Entity('programme_vacancies')
export class ProgrammeVacancyEntity {
  @Column({ type: 'uuid' }) organisationId: string;
  @Column({ type: 'uuid', primary: true }) programmeId: string;
  @Column({ type: 'uuid', primary: true }) vacancyId: string;
}
