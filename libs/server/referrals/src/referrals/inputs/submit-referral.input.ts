import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { IsUploadedFile, UploadedFile } from '@kring/server-storage';
import { LOCALES, RELATIONSHIPS, type Locale, type Relationship } from '@kring/shared-domain';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToUndefined = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? undefined : trimmed({ value }));
const formBoolean = ({ value }: { value: unknown }) => (value === 'true' || value === 'on' || value === '1' ? true : value === 'false' || value === '0' ? false : value);

/** What a referrer fills in: short on purpose, so referring takes well under a minute. */
export class SubmitReferralInput {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Omit for a general referral (talent pool)' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  vacancyId?: string | null;

  @ApiProperty({ maxLength: 200 })
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  candidateName: string;

  @ApiPropertyOptional({ maxLength: 320 })
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(320)
  candidateEmail?: string;

  @ApiPropertyOptional({ maxLength: 40, example: '06 12345678' })
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(40)
  candidatePhone?: string;

  @ApiPropertyOptional({ enum: LOCALES, enumName: 'Locale', description: "The candidate's language, if the referrer knows it" })
  @IsOptional()
  @IsIn(LOCALES)
  candidateLocale?: Locale;

  @ApiProperty({ enum: RELATIONSHIPS, enumName: 'Relationship' })
  @IsIn(RELATIONSHIPS)
  relationship: Relationship;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Why the candidate would fit' })
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  motivation?: string;

  @ApiProperty({ description: 'The referrer told the candidate about this referral' })
  @Transform(formBoolean)
  @IsBoolean()
  candidateInformed: boolean;

  @ApiPropertyOptional({ type: 'string', format: 'binary', description: 'PDF or Word (.docx), at most 10 MB (multipart/form-data only)' })
  @IsOptional()
  @IsUploadedFile()
  cv?: UploadedFile;
}
