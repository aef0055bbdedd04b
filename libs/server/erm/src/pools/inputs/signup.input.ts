import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, Equals, IsArray, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { EMPLOYMENT_TYPES, LOCALES, type EmploymentType, type Locale } from '@kring/shared-domain';
import { MAX_LABEL_LENGTH, normaliseLabels } from '../../people/filter/labels';
import { EXTRA_PURPOSES, JOB_ALERT_FREQUENCIES, type ExtraPurpose, type JobAlertFrequency } from '../pools.rules';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? (value.trim() === '' ? undefined : value.trim()) : value);

export class OrganisationSlugParams {
  @ApiProperty({ example: 'zorggroep-de-linde' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,62}$/, { message: 'is not an organisation address' })
  slug: string;
}

const spaced = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value);

/**
 * A job alert asked for on the form (the same limits as a saved job alert in the portal). Only taken when the
 * separate job_alerts consent is ticked too; created once the address is confirmed.
 */
export class TalentPoolJobAlertInput {
  @ApiPropertyOptional({ maxLength: 200, description: 'Words to find in the vacancy' })
  @IsOptional()
  @Transform(spaced)
  @IsString()
  @MaxLength(200)
  keywords?: string;

  @ApiPropertyOptional({ type: String, isArray: true, maxItems: 20, description: 'Job titles (any one); lower-cased' })
  @IsOptional()
  @Transform(({ value }) => normaliseLabels(value))
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  functions?: string[];

  @ApiPropertyOptional({ type: String, isArray: true, maxItems: 20, description: "Places contained in the vacancy's location (any one); lower-cased" })
  @IsOptional()
  @Transform(({ value }) => normaliseLabels(value))
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

/** The public "keep me posted" form. */
export class TalentPoolSignupInput {
  @ApiProperty({ maxLength: 200 }) @Transform(trimmed) @IsString({ message: 'is required' }) @Length(1, 200) name: string;

  @ApiProperty({ maxLength: 320 })
  @Transform(trimmed)
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(320)
  email: string;

  @ApiPropertyOptional({ type: String, isArray: true, format: 'uuid', description: 'Ids of public pools the visitor is interested in' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'must be pools from this form' })
  interests?: string[];

  /** The same labels HR keeps on a profile: trimmed, lower-case, duplicates dropped, at most {@link MAX_LABEL_LENGTH} characters. */
  @ApiPropertyOptional({ type: String, isArray: true, maxItems: 30, description: 'Trimmed, lower-case, duplicates dropped' })
  @IsOptional()
  @Transform(({ value }) => normaliseLabels(value))
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, MAX_LABEL_LENGTH, { each: true })
  skills?: string[];

  /** As long as HR's profile field allows. */
  @ApiPropertyOptional({ maxLength: 100 }) @Transform(trimmed) @IsOptional() @IsString() @MaxLength(100) location?: string;

  @ApiPropertyOptional({ enum: LOCALES, enumName: 'Locale' }) @IsOptional() @IsIn(LOCALES) locale?: Locale;

  @ApiProperty({ description: 'Consent to being kept in the talent pool for 12 months; must be true' })
  @Equals(true, { message: 'is needed to keep you in the talent pool' })
  consent: boolean;

  @ApiPropertyOptional({ enum: EXTRA_PURPOSES, isArray: true, description: 'Optional further consents' })
  @IsOptional()
  @IsArray()
  @IsIn(EXTRA_PURPOSES, { each: true })
  alsoConsentTo?: ExtraPurpose[];

  @ApiPropertyOptional({
    type: TalentPoolJobAlertInput,
    description: 'A job alert, created on confirmation; needs job_alerts in alsoConsentTo (the separate consent)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => TalentPoolJobAlertInput)
  jobAlert?: TalentPoolJobAlertInput;

  @ApiPropertyOptional({ description: 'Leave empty (a trap for bots)', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  website?: string;
}

export class TalentPoolTokenInput {
  @ApiProperty({ minLength: 20, maxLength: 100 })
  @IsString()
  @Length(20, 100)
  token: string;
}
