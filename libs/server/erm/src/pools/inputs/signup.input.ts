import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, Equals, IsArray, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { LOCALES, type Locale } from '@kring/shared-domain';
import { MAX_LABEL_LENGTH, normaliseLabels } from '../../people/filter/labels';
import { EXTRA_PURPOSES, type ExtraPurpose } from '../pools.rules';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? (value.trim() === '' ? undefined : value.trim()) : value);

export class OrganisationSlugParams {
  @ApiProperty({ example: 'zorggroep-de-linde' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,62}$/, { message: 'is not an organisation address' })
  slug: string;
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
