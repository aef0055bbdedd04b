import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsDateString, IsIn, IsOptional, IsString, IsUUID, Length, ValidateIf } from 'class-validator';
import { PageInput } from '@kring/server-http';
import { REWARD_STATUSES, type RewardStatus } from '../../rules/reward-rule';

const DATE = { message: 'must be a date (YYYY-MM-DD)' };

export class ListRewardLedgerInput extends PageInput {
  @ApiPropertyOptional({ enum: REWARD_STATUSES, enumName: 'RewardStatus' }) @IsOptional() @IsIn(REWARD_STATUSES) status?: RewardStatus;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) programmeId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) referrerUserId?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Due on or after' }) @IsOptional() @IsDateString({ strict: true }, DATE) dueFrom?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Due on or before' }) @IsOptional() @IsDateString({ strict: true }, DATE) dueTo?: string;
}

export class ApproveRewardsInput {
  @ApiProperty({ type: String, format: 'uuid', isArray: true, maxItems: 500 })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'must be UUIDs' })
  ids: string[];
}

export class CancelRewardInput {
  @ApiProperty({ maxLength: 1000, description: 'Shown to the referrer' }) @IsString() @Length(3, 1000) reason: string;
}

export class DonateRewardInput {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'An active charity of your organisation; null takes the reward yourself again' })
  @ValidateIf((_, value) => value !== null)
  @IsUUID('all', { message: 'must be a UUID' })
  charityId: string | null;
}

export class RewardIdParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) id: string;
}
