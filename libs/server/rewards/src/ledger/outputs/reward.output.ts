import { ApiProperty } from '@nestjs/swagger';
import { MILESTONE_TRIGGERS, REWARD_AUDIENCES, REWARD_STATUSES, type MilestoneTrigger, type RewardAudience, type RewardStatus } from '../../rules/reward-rule';
import type { LedgerRow, LedgerTotal } from '../reward-ledger.repository';

class NamedRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class RewardReferralRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String }) candidateName: string | null;
  @ApiProperty({ nullable: true, type: String }) vacancyTitle: string | null;
}

/** A reward as its referrer sees it. */
export class MyRewardOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: REWARD_STATUSES, enumName: 'RewardStatus' }) status: RewardStatus;
  @ApiProperty() milestoneKey: string;
  @ApiProperty() milestoneLabel: string;
  @ApiProperty({ enum: MILESTONE_TRIGGERS, enumName: 'MilestoneTrigger', nullable: true }) trigger: MilestoneTrigger | null;
  @ApiProperty({ description: 'Cents' }) amountCents: number;
  @ApiProperty() currency: string;
  @ApiProperty() points: number;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ nullable: true, type: String, description: 'A code (referrer_inactive, hire_left, hiring_team) when cancelledBySystem, else HR’s reason' })
  cancelReason: string | null;
  @ApiProperty() cancelledBySystem: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) cancelledAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) approvedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) paidAt: string | null;
  @ApiProperty({ type: NamedRef, nullable: true }) charity: NamedRef | null;
  @ApiProperty({ type: RewardReferralRef }) referral: RewardReferralRef;

  static from(row: LedgerRow): MyRewardOutput {
    const at = (d: Date | null) => (d ? new Date(d).toISOString() : null);
    return {
      id: row.id,
      status: row.status,
      milestoneKey: row.milestoneKey,
      milestoneLabel: row.milestoneLabel,
      trigger: row.trigger,
      amountCents: row.amountCents,
      currency: row.currency,
      points: row.points,
      dueOn: row.dueOn,
      cancelReason: row.cancelReason,
      cancelledBySystem: row.cancelledBySystem,
      cancelledAt: at(row.cancelledAt),
      approvedAt: at(row.approvedAt),
      paidAt: at(row.paidAt),
      charity: row.charityId ? { id: row.charityId, name: row.charityName ?? '' } : null,
      referral: { id: row.referralId, candidateName: row.candidateName, vacancyTitle: row.vacancyTitle },
    };
  }
}

/** A ledger row as HR sees it. */
export class RewardOutput extends MyRewardOutput {
  @ApiProperty({ enum: REWARD_AUDIENCES, enumName: 'RewardAudience' }) audience: RewardAudience;
  @ApiProperty({ type: NamedRef }) referrer: NamedRef;
  @ApiProperty({ nullable: true, type: String }) employeeNumber: string | null;
  @ApiProperty({ type: NamedRef }) programme: NamedRef;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) exportBatchId: string | null;

  static override from(row: LedgerRow): RewardOutput {
    return {
      ...MyRewardOutput.from(row),
      audience: row.audience,
      referrer: { id: row.referrerUserId, name: row.referrerName },
      employeeNumber: row.employeeNumber,
      programme: { id: row.programmeId, name: row.programmeName },
      exportBatchId: row.exportBatchId,
    };
  }
}

export class RewardTotalOutput {
  @ApiProperty({ enum: REWARD_STATUSES, enumName: 'RewardStatus' }) status: RewardStatus;
  @ApiProperty() currency: string;
  @ApiProperty() count: number;
  @ApiProperty({ description: 'Cents' }) amountCents: number;
  @ApiProperty() points: number;

  static from(t: LedgerTotal): RewardTotalOutput {
    return { status: t.status, currency: t.currency, count: t.count, amountCents: t.amountCents, points: t.points };
  }
}

export class RewardLedgerOutput {
  @ApiProperty({ type: RewardOutput, isArray: true }) items: RewardOutput[];
  @ApiProperty() total: number;
  @ApiProperty({ type: RewardTotalOutput, isArray: true, description: 'Per status and currency, over every row the filters match' }) totals: RewardTotalOutput[];
}

export class MyRewardsOutput {
  @ApiProperty({ type: MyRewardOutput, isArray: true }) items: MyRewardOutput[];
  @ApiProperty({ type: RewardTotalOutput, isArray: true }) totals: RewardTotalOutput[];
}

export class ApproveRewardsOutput {
  @ApiProperty({ type: String, format: 'uuid', isArray: true }) approved: string[];
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'Not pending (already approved, paid or cancelled) or unknown' }) skipped: string[];
}
