import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PageInput } from '@kring/server-http';
import { COST_CATEGORIES, HIRE_CHANNELS, type CostCategory, type HireChannel } from '@kring/shared-domain';
import { IsCalendarDay } from '../common/validation';
import { InsightsRefOutput } from '../hires/outputs/hire.output';

export class ListCostsInput extends PageInput {
  @ApiPropertyOptional({ enum: HIRE_CHANNELS, enumName: 'HireChannel' }) @IsOptional() @IsIn(HIRE_CHANNELS) channel?: HireChannel;
  @ApiPropertyOptional({ format: 'date', description: 'Costs whose period ends on or after this day' }) @IsOptional() @IsCalendarDay() from?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Costs whose period starts on or before this day' }) @IsOptional() @IsCalendarDay() to?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) programmeId?: string;
}

/** Money spent on one channel in one period (referral rewards come from the reward ledger, not from here). */
export class CostInput {
  @ApiProperty({ enum: HIRE_CHANNELS, enumName: 'HireChannel' }) @IsIn(HIRE_CHANNELS) channel: HireChannel;
  @ApiProperty({ enum: COST_CATEGORIES, enumName: 'CostCategory' }) @IsIn(COST_CATEGORIES) category: CostCategory;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: "Counts as that programme's investment (ROI)" }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) programmeId?: string | null;
  @ApiProperty({ format: 'date' }) @IsCalendarDay() periodStart: string;
  @ApiProperty({ format: 'date' }) @IsCalendarDay() periodEnd: string;
  @ApiProperty({ minimum: 0, maximum: 100_000_000_000, description: 'In cents of the organisation currency' }) @IsInt() @Min(0) @Max(100_000_000_000) amountCents: number;
  @ApiPropertyOptional({ maxLength: 500 }) @IsOptional() @IsString() @MaxLength(500) description?: string;
}

export class CostIdParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) id: string;
}

export class CostOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: HIRE_CHANNELS, enumName: 'HireChannel' }) channel: HireChannel;
  @ApiProperty({ enum: COST_CATEGORIES, enumName: 'CostCategory' }) category: CostCategory;
  @ApiProperty({ type: InsightsRefOutput, nullable: true }) programme: InsightsRefOutput | null;
  @ApiProperty({ format: 'date' }) periodStart: string;
  @ApiProperty({ format: 'date' }) periodEnd: string;
  @ApiProperty() amountCents: number;
  @ApiProperty() description: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class CostListOutput {
  @ApiProperty({ type: CostOutput, isArray: true }) items: CostOutput[];
  @ApiProperty() total: number;
  @ApiProperty({ description: 'Sum of amountCents over every matching row (not only this page)' }) totalCents: number;
}
