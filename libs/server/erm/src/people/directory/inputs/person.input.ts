import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { LOCALES, PHASES, type Locale, type Phase } from '@kring/shared-domain';
import { MAX_LABEL_LENGTH, MAX_LABELS, normaliseLabels } from '../../filter/labels';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
const labels = ({ value }: { value: unknown }) => normaliseLabels(value);

export class PersonIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  id: string;
}

/** Profile fields HR may set, except the first name. `source` is where Kring met the person and never changes; the phase changes through a move. */
export class PersonProfileInput {
  @ApiPropertyOptional({ maxLength: 100 })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(100)
  lastName?: string;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'email', description: 'Unique in the organisation (ignoring case)' })
  @Transform(trimToNull)
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 40 })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string | null;

  @ApiPropertyOptional({ enum: LOCALES, enumName: 'Locale' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100 })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(100)
  location?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100 })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(100)
  functionTitle?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100 })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(100)
  department?: string | null;

  @ApiPropertyOptional({ type: String, isArray: true, maxItems: MAX_LABELS, description: 'Trimmed, lower-case, duplicates dropped' })
  @Transform(labels)
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LABELS)
  @IsString({ each: true })
  @Length(1, MAX_LABEL_LENGTH, { each: true })
  skills?: string[];

  @ApiPropertyOptional({ type: String, isArray: true, maxItems: MAX_LABELS, description: 'Trimmed, lower-case, duplicates dropped' })
  @Transform(labels)
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LABELS)
  @IsString({ each: true })
  @Length(1, MAX_LABEL_LENGTH, { each: true })
  tags?: string[];
}

/** Changes to a person's profile; absent fields stay as they are. */
export class UpdatePersonInput extends PersonProfileInput {
  @ApiPropertyOptional({ minLength: 1, maxLength: 100 })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @Length(1, 100)
  firstName?: string;
}

/** A person HR adds by hand; deduplicated on the normalised email. */
export class CreatePersonInput extends PersonProfileInput {
  @ApiProperty({ minLength: 1, maxLength: 100 })
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  firstName: string;

  @ApiPropertyOptional({ enum: PHASES, enumName: 'Phase', default: 'information', description: 'The phase the person starts in' })
  @IsOptional()
  @IsIn(PHASES)
  phase?: Phase;
}
