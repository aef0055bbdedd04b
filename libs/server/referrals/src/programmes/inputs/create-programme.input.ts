import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  AUDIENCES,
  OWNERSHIP_SCOPES,
  PROGRAMME_KINDS,
  VACANCY_SCOPES,
  type Audience,
  type OwnershipScope,
  type ProgrammeKind,
  type VacancyScope,
} from '@kring/shared-domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateProgrammeInput {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Medewerkers werven medewerkers' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ enum: PROGRAMME_KINDS, enumName: 'ProgrammeKind' })
  @IsIn(PROGRAMME_KINDS)
  kind: ProgrammeKind;

  @ApiPropertyOptional({
    enum: AUDIENCES,
    enumName: 'Audience',
    isArray: true,
    description: 'Must fit the kind; defaults to every audience the kind allows',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(AUDIENCES, { each: true })
  audiences?: Audience[];

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'Empty: starts at once' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 date-time' })
  startsAt?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Set for a time-boxed referral action; empty for an ongoing programme',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 date-time' })
  endsAt?: string | null;

  @ApiPropertyOptional({ enum: VACANCY_SCOPES, enumName: 'VacancyScope', default: 'all_open' })
  @IsOptional()
  @IsIn(VACANCY_SCOPES)
  vacancyScope?: VacancyScope;

  @ApiPropertyOptional({ type: String, format: 'uuid', isArray: true, description: 'Required when vacancyScope is selected' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'must be UUIDs' })
  vacancyIds?: string[];

  @ApiPropertyOptional({ minimum: 1, maximum: 730, default: 180, description: 'How long a referrer owns a candidate' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(730)
  ownershipDays?: number;

  @ApiPropertyOptional({ enum: OWNERSHIP_SCOPES, enumName: 'OwnershipScope', default: 'candidate' })
  @IsOptional()
  @IsIn(OWNERSHIP_SCOPES)
  ownershipScope?: OwnershipScope;

  @ApiPropertyOptional({ minimum: 1, maximum: 60, default: 14 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  consentTimeoutDays?: number;

  @ApiPropertyOptional({ default: false, description: "Whether HR and a vacancy's hiring manager may refer for it" })
  @IsOptional()
  @IsBoolean()
  allowHiringTeamReferrals?: boolean;

  @ApiPropertyOptional({ maxLength: 20_000, default: '', description: 'Markdown shown to referrers' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  termsMarkdown?: string;

  @ApiPropertyOptional({ maxLength: 200, default: '', example: '€ 500 na de proeftijd' })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  rewardSummary?: string;
}
