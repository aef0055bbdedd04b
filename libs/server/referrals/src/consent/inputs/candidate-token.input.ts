import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { IsUploadedFile, UploadedFile } from '@kring/server-storage';

export class CandidateTokenInput {
  @ApiProperty({ minLength: 20, maxLength: 100 })
  @IsString()
  @Length(20, 100)
  token: string;
}

export class CandidateConsentInput extends CandidateTokenInput {
  @ApiPropertyOptional({ maxLength: 2000, description: 'A note for HR' })
  @Transform(({ value }) => (typeof value === 'string' && value.trim() === '' ? undefined : value))
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({ type: 'string', format: 'binary', description: 'Add or replace the CV: PDF or Word (.docx), at most 10 MB' })
  @IsOptional()
  @IsUploadedFile()
  cv?: UploadedFile;
}

export class CandidateDeclineInput extends CandidateTokenInput {
  @ApiPropertyOptional({
    description: "Search & Match referrals only: also withdraw the person's matching consent, in the same transaction as the decline (HR no longer finds them for any vacancy). A colleague's referral answers 409 candidate_referral_not_matched",
  })
  @IsOptional()
  @IsBoolean()
  stopMatching?: boolean;
}
