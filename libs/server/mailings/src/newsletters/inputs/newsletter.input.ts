import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, Equals, IsArray, IsDate, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { LOCALES, type Locale } from '@kring/shared-domain';
import type { NewsletterKind } from '../eligibility';
import { NEWSLETTER_KINDS } from '../newsletters.repository';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class NewsletterIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  id: string;
}

export class NewsletterVariantInput {
  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  locale: Locale;

  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Nieuws uit De Linde, {{voornaam}}' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  subject: string;

  @ApiPropertyOptional({ maxLength: 300, default: '' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  preheader?: string;

  @ApiProperty({ maxLength: 100000, description: 'Markdown; raw HTML is escaped, links only http(s)/mailto; {{voornaam}} or {{firstName}} = first name' })
  @IsString()
  @MaxLength(100000)
  bodyMarkdown: string;
}

export class CreateNewsletterInput {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Nieuwsbrief december' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  segmentId?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    description: 'Makes it a programme activation mail (kind `activation`) to the eligible referrers of this programme; no segment then',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  programmeId?: string;

  @ApiPropertyOptional({ type: [NewsletterVariantInput] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2)
  @ValidateNested({ each: true })
  @Type(() => NewsletterVariantInput)
  variants?: NewsletterVariantInput[];
}

export class UpdateNewsletterInput {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  segmentId?: string | null;

  @ApiPropertyOptional({ type: [NewsletterVariantInput], description: 'Replaces the variants of the languages given' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2)
  @ValidateNested({ each: true })
  @Type(() => NewsletterVariantInput)
  variants?: NewsletterVariantInput[];

  @ApiPropertyOptional({ enum: LOCALES, isArray: true, description: 'Languages whose variant is removed' })
  @IsOptional()
  @IsArray()
  @IsIn(LOCALES, { each: true })
  removeLocales?: Locale[];
}

export class PreviewNewsletterQuery {
  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  locale: Locale;
}

export class SendNewsletterInput {
  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'Omit to send now' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  scheduledAt?: Date;
}

export class ListNewslettersQuery {
  @ApiPropertyOptional({ enum: NEWSLETTER_KINDS, enumName: 'NewsletterKind' })
  @IsOptional()
  @IsIn(NEWSLETTER_KINDS)
  kind?: NewsletterKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the activation mails of this programme' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  programmeId?: string;
}

export class ResendInterruptedInput {
  @ApiProperty({
    enum: [true],
    description: 'Confirms that some recipients may get the mail twice: an interrupted row may already have been delivered',
  })
  @Equals(true, { message: 'must be true: some of these mails may already have arrived' })
  acceptPossibleDuplicates: true;
}
