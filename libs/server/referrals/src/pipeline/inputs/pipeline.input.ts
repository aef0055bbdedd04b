import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageInput } from '@kring/server-http';
import { CONSENT_STATES, OPEN_STAGES, STAGES, type ConsentState, type OpenStage, type Stage } from '@kring/shared-domain';

export class ListReferralsInput extends PageInput {
  @ApiPropertyOptional({ enum: STAGES, enumName: 'Stage' }) @IsOptional() @IsIn(STAGES) stage?: Stage;
  @ApiPropertyOptional({ enum: CONSENT_STATES, enumName: 'ConsentState', description: 'Without it, only referrals awaiting consent or consented are listed' }) @IsOptional() @IsIn(CONSENT_STATES) consentState?: ConsentState;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) vacancyId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) programmeId?: string;
  @ApiPropertyOptional({ description: 'Searches candidate and referrer names', maxLength: 100 }) @IsOptional() @IsString() @MaxLength(100) q?: string;
}

export class MoveReferralInput {
  @ApiProperty({ enum: STAGES, enumName: 'Stage' }) @IsIn(STAGES) stage: Stage;
  @ApiPropertyOptional({ maxLength: 2000, description: 'Internal note for the history' }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
  @ApiPropertyOptional({ maxLength: 1000 }) @IsOptional() @IsString() @MaxLength(1000) rejectionReason?: string;
  @ApiPropertyOptional({ description: 'Share the rejection reason with referrer and candidate' }) @IsOptional() @IsBoolean() rejectionReasonShareable?: boolean;
  @ApiPropertyOptional({ format: 'date', description: 'Required when hired' }) @IsOptional() @IsDateString({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' }) startDate?: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 24, description: 'Required when hired' }) @IsOptional() @IsInt() @Min(0) @Max(24) probationMonths?: number;
}

export class BulkRejectInput {
  @ApiProperty({ type: String, format: 'uuid', isArray: true, maxItems: 100 })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'must be UUIDs' })
  ids: string[];
  @ApiProperty({ maxLength: 1000 }) @IsString() @Length(1, 1000) reason: string;
  @ApiProperty() @IsBoolean() shareable: boolean;
}

export class StageNameInput {
  @ApiProperty({ enum: OPEN_STAGES, enumName: 'OpenStage' }) @IsIn(OPEN_STAGES) stage: OpenStage;
  @ApiProperty({ maxLength: 40 }) @IsString() @Length(1, 40) nameNl: string;
  @ApiProperty({ maxLength: 40 }) @IsString() @Length(1, 40) nameEn: string;
}

export class StageNamesInput {
  @ApiProperty({ type: StageNameInput, isArray: true })
  @ArrayMaxSize(OPEN_STAGES.length)
  @ValidateNested({ each: true })
  @Type(() => StageNameInput)
  names: StageNameInput[];
}

export class ReferralIdParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) id: string;
}

export class RecordConsentInput {
  @ApiProperty({ maxLength: 1000, description: 'How and when the candidate consented (e.g. "by phone on 3 March")' })
  @IsString()
  @Length(5, 1000)
  note: string;
}
