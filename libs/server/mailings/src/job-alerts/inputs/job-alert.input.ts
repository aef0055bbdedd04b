import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { EMPLOYMENT_TYPES, type EmploymentType } from '@kring/shared-domain';
import { JOB_ALERT_FREQUENCIES, type JobAlertFrequency } from '../job-alerts.rules';

/** Trimmed, single spaces, lower-case, duplicates and empty values dropped. */
export function normaliseTerms(value: unknown): unknown {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return value;
  const seen = new Set<string>();
  for (const raw of value as string[]) {
    const term = raw.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
    if (term) seen.add(term);
  }
  return [...seen];
}

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value);

/** A saved job alert: every filled-in criterion must match; an empty list means "any". */
export class JobAlertInput {
  @ApiPropertyOptional({ maxLength: 200, description: 'Words to find in the vacancy (Dutch and English stemming; "quotes" and -not work)' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(200)
  keywords?: string;

  @ApiPropertyOptional({ type: String, isArray: true, maxItems: 20, description: 'Job titles, e.g. verpleegkundige (any one)' })
  @IsOptional()
  @Transform(({ value }) => normaliseTerms(value))
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  functions?: string[];

  @ApiPropertyOptional({ type: String, isArray: true, maxItems: 30, description: "Skills shared with the vacancy's skills (any one)" })
  @IsOptional()
  @Transform(({ value }) => normaliseTerms(value))
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  skills?: string[];

  @ApiPropertyOptional({ type: String, isArray: true, maxItems: 20, description: "Places contained in the vacancy's location (any one)" })
  @IsOptional()
  @Transform(({ value }) => normaliseTerms(value))
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  locations?: string[];

  @ApiPropertyOptional({ enum: EMPLOYMENT_TYPES, enumName: 'EmploymentType', isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(EMPLOYMENT_TYPES, { each: true })
  employmentTypes?: EmploymentType[];

  @ApiProperty({ enum: JOB_ALERT_FREQUENCIES, enumName: 'JobAlertFrequency' })
  @IsIn(JOB_ALERT_FREQUENCIES)
  frequency: JobAlertFrequency;
}

export class JobAlertIdParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'is not a job alert' }) id: string;
}
