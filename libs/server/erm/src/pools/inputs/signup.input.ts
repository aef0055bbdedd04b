import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, Equals, IsArray, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { LOCALES, type Locale } from '@kring/shared-domain';
import { EXTRA_PURPOSES, type ExtraPurpose } from '../pools.rules';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? (value.trim() === '' ? undefined : value.trim()) : value);
const trimmedList = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? [...new Set(value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== ''))] : value;

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

  @ApiPropertyOptional({ type: String, isArray: true, maxItems: 30 })
  @IsOptional()
  @Transform(trimmedList)
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  skills?: string[];

  @ApiPropertyOptional({ maxLength: 120 }) @Transform(trimmed) @IsOptional() @IsString() @MaxLength(120) location?: string;

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
