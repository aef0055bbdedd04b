import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RewardRuleEntity } from '../../entities/reward-rule.entity';
import { MILESTONE_TRIGGERS, type MilestoneTrigger } from '../reward-rule';

export class MilestoneAmountOutput {
  @ApiPropertyOptional() money?: number;
  @ApiPropertyOptional() points?: number;
}

export class MilestoneAmountsOutput {
  @ApiPropertyOptional({ type: MilestoneAmountOutput }) employee?: MilestoneAmountOutput;
  @ApiPropertyOptional({ type: MilestoneAmountOutput }) alumnus?: MilestoneAmountOutput;
  @ApiPropertyOptional({ type: MilestoneAmountOutput }) external_referrer?: MilestoneAmountOutput;
}

export class MilestoneOutput {
  @ApiProperty() key: string;
  @ApiPropertyOptional() label?: string;
  @ApiProperty({ enum: MILESTONE_TRIGGERS, enumName: 'MilestoneTrigger' }) trigger: MilestoneTrigger;
  @ApiPropertyOptional() days?: number;
  @ApiProperty({ type: MilestoneAmountsOutput }) amounts: MilestoneAmountsOutput;
}

export class HardToFillOutput {
  @ApiProperty({ enum: ['bonus', 'multiplier'] }) kind: 'bonus' | 'multiplier';
  @ApiProperty() value: number;
}

export class RewardConditionsOutput {
  @ApiProperty() referrerActive: boolean;
  @ApiProperty() hireEmployed: boolean;
  @ApiProperty() excludeHiringTeam: boolean;
}

export class RewardRuleOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) vacancyId: string | null;
  @ApiProperty() currency: string;
  @ApiProperty({ type: MilestoneOutput, isArray: true }) milestones: MilestoneOutput[];
  @ApiProperty({ type: HardToFillOutput, nullable: true }) hardToFill: HardToFillOutput | null;
  @ApiProperty({ type: RewardConditionsOutput }) conditions: RewardConditionsOutput;
  @ApiProperty({ format: 'date-time' }) validFrom: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) validUntil: string | null;
  @ApiProperty({ description: 'In force for referrals submitted now' }) current: boolean;

  static from(rule: RewardRuleEntity): RewardRuleOutput {
    return {
      id: rule.id,
      programmeId: rule.programmeId,
      vacancyId: rule.vacancyId,
      currency: rule.currency,
      milestones: rule.milestones,
      hardToFill: rule.hardToFill,
      conditions: rule.conditions,
      validFrom: rule.validFrom.toISOString(),
      validUntil: rule.validUntil?.toISOString() ?? null,
      current: rule.validUntil === null,
    };
  }
}
