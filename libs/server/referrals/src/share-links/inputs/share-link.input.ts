import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Equals, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { IsUploadedFile, UploadedFile } from '@kring/server-storage';
import { LOCALES, SHARE_CHANNELS, type Locale, type ShareChannel } from '@kring/shared-domain';

const emptyToUndefined = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value);

export class ShareCodeParams {
  @ApiProperty({ example: 'AB12CD34' })
  @Matches(/^[A-HJ-NP-Z2-9]{6,12}$/, { message: 'is not a share code' })
  code: string;
}

export class VacancyIdParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) id: string;
}

export class ShareVisitInput {
  @ApiProperty({ enum: SHARE_CHANNELS, enumName: 'ShareChannel' }) @IsIn(SHARE_CHANNELS) channel: ShareChannel;
}

/** A candidate applying through a referrer's link: they consent themselves, in the form. */
export class ShareApplicationInput {
  @ApiProperty({ maxLength: 200 }) @Transform(emptyToUndefined) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ maxLength: 320 }) @Transform(emptyToUndefined) @IsEmail({}, { message: 'must be a valid email address' }) @MaxLength(320) email: string;
  @ApiPropertyOptional({ maxLength: 40 }) @Transform(emptyToUndefined) @IsOptional() @IsString() @MaxLength(40) phone?: string;
  @ApiPropertyOptional({ maxLength: 2000 }) @Transform(emptyToUndefined) @IsOptional() @IsString() @MaxLength(2000) note?: string;
  @ApiPropertyOptional({ enum: LOCALES, enumName: 'Locale' }) @IsOptional() @IsIn(LOCALES) locale?: Locale;

  @ApiProperty({ description: 'Consent to processing, after reading the privacy notice; must be true' })
  @Transform(({ value }) => value === true || value === 'true' || value === 'on')
  @Equals(true, { message: 'is needed to process your application' })
  consent: boolean;

  @ApiPropertyOptional({ description: 'Leave empty (a trap for bots)', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  website?: string;

  @ApiPropertyOptional({ type: 'string', format: 'binary', description: 'PDF or Word (.docx), at most 10 MB' })
  @IsOptional()
  @IsUploadedFile()
  cv?: UploadedFile;
}
