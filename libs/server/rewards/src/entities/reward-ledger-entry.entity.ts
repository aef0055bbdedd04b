import { Column, Entity } from 'typeorm';
import { OrganisationScopedEntity } from '@kring/server-database';
import type { RewardAudience, RewardStatus } from '../rules/reward-rule';

/**
 * One reward for one referral and milestone. Amounts are fixed at insert (a trigger refuses changes); the status
 * moves pending → approved → paid, or to cancelled with a reason, and paid or cancelled rows never change.
 */
@Entity('reward_ledger')
export class RewardLedgerEntryEntity extends OrganisationScopedEntity {
  @Column({ type: 'uuid' }) referralId: string;
  @Column({ type: 'text' }) milestoneKey: string;
  @Column({ type: 'uuid' }) ruleId: string;
  @Column({ type: 'uuid' }) referrerUserId: string;
  @Column({ type: 'text' }) audience: RewardAudience;
  @Column({ type: 'integer' }) amountCents: number;
  @Column({ type: 'text' }) currency: string;
  @Column({ type: 'integer' }) points: number;
  @Column({ type: 'date' }) dueOn: string;
  @Column({ type: 'text' }) status: RewardStatus;
  /** A system code (referrer_inactive, hire_left, hiring_team) when cancelledByUserId is null, else HR's reason. */
  @Column({ type: 'text', nullable: true }) cancelReason: string | null;
  @Column({ type: 'timestamptz', nullable: true }) cancelledAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) cancelledByUserId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) approvedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) approvedByUserId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) paidAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) exportBatchId: string | null;
  @Column({ type: 'uuid', nullable: true }) donatedToCharityId: string | null;
}
