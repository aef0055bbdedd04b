import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { PageInput } from '@kring/server-http';
import { HIRE_CHANNELS, HIRE_SOURCES, type HireChannel, type HireSource } from '@kring/shared-domain';
import { IsCalendarDay } from '../../common/validation';

export class ListHiresInput extends PageInput {
  @ApiPropertyOptional({ enum: HIRE_CHANNELS, enumName: 'HireChannel' }) @IsOptional() @IsIn(HIRE_CHANNELS) channel?: HireChannel;
  @ApiPropertyOptional({ enum: HIRE_SOURCES, enumName: 'HireSource' }) @IsOptional() @IsIn(HIRE_SOURCES) source?: HireSource;
  @ApiPropertyOptional({ format: 'date', description: 'Hired on or after' }) @IsOptional() @IsCalendarDay() from?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Hired on or before' }) @IsOptional() @IsCalendarDay() to?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) programmeId?: string;
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) department?: string;
}

/** A hire of another channel (HR's own entry). Referral hires are written by Kring and cannot be changed here. */
export class HireInput {
  @ApiProperty({ enum: HIRE_CHANNELS, enumName: 'HireChannel' }) @IsIn(HIRE_CHANNELS) channel: HireChannel;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) programmeId?: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) personId?: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a UUID' }) vacancyId?: string | null;
  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true }) @IsOptional() @IsString() @Length(1, 200) department?: string | null;
  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true }) @IsOptional() @IsString() @Length(1, 200) jobTitle?: string | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'When the candidate applied (time to hire starts)' }) @IsOptional() @IsCalendarDay() appliedOn?: string | null;
  @ApiProperty({ format: 'date', description: 'When the offer was accepted / the contract signed' }) @IsCalendarDay() hiredOn: string;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) @IsOptional() @IsCalendarDay() startDate?: string | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Last working day, when the hire left' }) @IsOptional() @IsCalendarDay() leftOn?: string | null;
  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true, description: 'The ATS id; unique per organisation (imports update by it)' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  externalRef?: string | null;
}

export class HireIdParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) id: string;
}
