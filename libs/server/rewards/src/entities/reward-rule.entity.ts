import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganisationId } from '@kring/server-database';
import type { HardToFill, Milestone, RewardConditions } from '../rules/reward-rule';

/**
 * One immutable version of a programme's reward rule (vacancyId null) or of a per-vacancy override. Editing closes
 * the current version (validUntil) and adds a new one; a referral gets the version in force at its createdAt.
 */
@Entity('reward_rules')
export class RewardRuleEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) organisationId: OrganisationId;
  @Column({ type: 'uuid' }) programmeId: string;
  @Column({ type: 'uuid', nullable: true }) vacancyId: string | null;
  @Column({ type: 'text' }) currency: string;
  @Column({ type: 'jsonb' }) milestones: Milestone[];
  @Column({ type: 'jsonb', nullable: true }) hardToFill: HardToFill | null;
  @Column({ type: 'jsonb' }) conditions: RewardConditions;
  @Column({ type: 'timestamptz' }) validFrom: Date;
  @Column({ type: 'timestamptz', nullable: true }) validUntil: Date | null;
  @Column({ type: 'uuid', nullable: true }) createdByUserId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
