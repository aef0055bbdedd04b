import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { MILESTONE_TRIGGERS, type MilestoneTrigger } from '../reward-rule';

export const MAX_REWARD_CENTS = 10_000_000;
export const MAX_REWARD_POINTS = 1_000_000;

export class MilestoneAmountInput {
  @ApiPropertyOptional({ description: 'Money in cents of the rule currency', minimum: 0, maximum: MAX_REWARD_CENTS })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of cents' })
  @Min(0)
  @Max(MAX_REWARD_CENTS)
  money?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: MAX_REWARD_POINTS })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_REWARD_POINTS)
  points?: number;
}

export class MilestoneAmountsInput {
  @ApiPropertyOptional({ type: MilestoneAmountInput }) @IsOptional() @ValidateNested() @Type(() => MilestoneAmountInput) employee?: MilestoneAmountInput;
  @ApiPropertyOptional({ type: MilestoneAmountInput }) @IsOptional() @ValidateNested() @Type(() => MilestoneAmountInput) alumnus?: MilestoneAmountInput;
  @ApiPropertyOptional({ type: MilestoneAmountInput })
  @IsOptional()
  @ValidateNested()
  @Type(() => MilestoneAmountInput)
  external_referrer?: MilestoneAmountInput;
}

export class MilestoneInput {
  @ApiProperty({ description: 'Stable slug, unique within the rule (e.g. "start", "after-probation")', pattern: '^[a-z0-9][a-z0-9_-]{0,39}$' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9_-]{0,39}$/, { message: 'must be a slug: lower-case letters, digits, - and _ (at most 40)' })
  key: string;

  @ApiPropertyOptional({ maxLength: 80, description: 'What referrers and payroll see, e.g. "Na proeftijd"' })
  @IsOptional()
  @IsString()
  @Length(1, 80)
  label?: string;

  @ApiProperty({ enum: MILESTONE_TRIGGERS, enumName: 'MilestoneTrigger' }) @IsIn(MILESTONE_TRIGGERS) trigger: MilestoneTrigger;

  @ApiPropertyOptional({ minimum: 1, maximum: 3650, description: 'Required with days_after_start, not allowed otherwise' })
  @ValidateIf((m: MilestoneInput) => m.trigger === 'days_after_start' || m.days !== undefined)
  @IsDefined({ message: 'is required for days_after_start' })
  @IsInt()
  @Min(1)
  @Max(3650)
  days?: number;

  @ApiProperty({ type: MilestoneAmountsInput }) @IsDefined() @ValidateNested() @Type(() => MilestoneAmountsInput) amounts: MilestoneAmountsInput;
}

export class HardToFillInput {
  @ApiProperty({ enum: ['bonus', 'multiplier'], description: 'bonus: cents added to each milestone that pays money; multiplier: money and points × value' })
  @IsIn(['bonus', 'multiplier'])
  kind: 'bonus' | 'multiplier';

  @ApiProperty({ description: 'Cents (bonus, whole number) or a factor between 1 and 10 with at most two decimals (multiplier)' })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(MAX_REWARD_CENTS)
  value: number;
}

export class RewardConditionsInput {
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() referrerActive?: boolean;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() hireEmployed?: boolean;
  @ApiPropertyOptional({ default: true, description: "No reward for HR admins or the vacancy's hiring manager" }) @IsOptional() @IsBoolean() excludeHiringTeam?: boolean;
}

/** A new version of a programme's rule (no vacancyId) or of a per-vacancy override; the current one is closed. */
export class SetRewardRuleInput {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) programmeId: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Set for a per-vacancy override' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  vacancyId?: string | null;

  @ApiPropertyOptional({ description: "ISO 4217; defaults to the organisation's currency", example: 'EUR' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'must be a three-letter currency code' })
  currency?: string;

  @ApiProperty({ type: MilestoneInput, isArray: true, minItems: 1, maxItems: 10 })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => MilestoneInput)
  milestones: MilestoneInput[];

  @ApiPropertyOptional({ type: HardToFillInput, nullable: true }) @IsOptional() @ValidateNested() @Type(() => HardToFillInput) hardToFill?: HardToFillInput | null;

  @ApiPropertyOptional({ type: RewardConditionsInput }) @IsOptional() @ValidateNested() @Type(() => RewardConditionsInput) conditions?: RewardConditionsInput;
}
