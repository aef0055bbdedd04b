import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageInput } from '@kring/server-http';
import { HIRE_CHANNELS, OFFER_OUTCOMES, type HireChannel, type OfferOutcome } from '@kring/shared-domain';
import { IsCalendarDay } from '../common/validation';
import { InsightsRefOutput } from '../hires/outputs/hire.output';

export class ListOffersInput extends PageInput {
  @ApiPropertyOptional({ enum: HIRE_CHANNELS, enumName: 'HireChannel' }) @IsOptional() @IsIn(HIRE_CHANNELS) channel?: HireChannel;
  @ApiPropertyOptional({ enum: OFFER_OUTCOMES, enumName: 'OfferOutcome' }) @IsOptional() @IsIn(OFFER_OUTCOMES) outcome?: OfferOutcome;
  @ApiPropertyOptional({ format: 'date', description: 'Made on or after' }) @IsOptional() @IsCalendarDay() from?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Made on or before' }) @IsOptional() @IsCalendarDay() to?: string;
}

/** An offer of another channel. Referral offers are recorded by Kring from the pipeline and are read-only. */
export class OfferInput {
  @ApiProperty({ enum: HIRE_CHANNELS, enumName: 'HireChannel' }) @IsIn(HIRE_CHANNELS) channel: HireChannel;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) programmeId?: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The hire it led to' }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) hireId?: string | null;
  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true }) @IsOptional() @IsString() @Length(1, 200) department?: string | null;
  @ApiProperty({ format: 'date' }) @IsCalendarDay() madeOn: string;
  @ApiProperty({ enum: OFFER_OUTCOMES, enumName: 'OfferOutcome' }) @IsIn(OFFER_OUTCOMES) outcome: OfferOutcome;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Required unless the outcome is pending' }) @IsOptional() @IsCalendarDay() decidedOn?: string | null;
  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true }) @IsOptional() @IsString() @Length(1, 200) externalRef?: string | null;
}

export class OfferIdParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) id: string;
}

export class OfferOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: HIRE_CHANNELS, enumName: 'HireChannel' }) channel: HireChannel;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) referralId: string | null;
  @ApiProperty({ type: InsightsRefOutput, nullable: true }) programme: InsightsRefOutput | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) hireId: string | null;
  @ApiProperty({ type: String, nullable: true }) department: string | null;
  @ApiProperty({ format: 'date' }) madeOn: string;
  @ApiProperty({ enum: OFFER_OUTCOMES, enumName: 'OfferOutcome' }) outcome: OfferOutcome;
  @ApiProperty({ type: String, format: 'date', nullable: true }) decidedOn: string | null;
  @ApiProperty({ type: String, nullable: true }) externalRef: string | null;
  @ApiProperty({ description: 'False for referral offers: Kring keeps those in step with the referral' }) editable: boolean;
}

export class OfferListOutput {
  @ApiProperty({ type: OfferOutput, isArray: true }) items: OfferOutput[];
  @ApiProperty() total: number;
}
