import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  EMPLOYMENT_TYPES,
  SALARY_PERIODS,
  VACANCY_STATUSES,
  type EmploymentType,
  type SalaryPeriod,
  type VacancyStatus,
} from '@kring/shared-domain';
import { MAX_SKILLS, normaliseSkills } from '../vacancy-rules';

export const CURRENCIES = Intl.supportedValuesOf('currency');
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

export class CreateVacancyInput {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Verpleegkundige interne geneeskunde' })
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiPropertyOptional({ description: 'Markdown; raw HTML is shown as text', maxLength: 20_000, default: '' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  descriptionMarkdown?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100 })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(100)
  department?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100 })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(100)
  location?: string | null;

  @ApiPropertyOptional({ enum: EMPLOYMENT_TYPES, enumName: 'EmploymentType', default: 'permanent' })
  @IsOptional()
  @IsIn(EMPLOYMENT_TYPES)
  employmentType?: EmploymentType;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 80, description: 'Hours per week' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(80)
  hoursMin?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 80, description: 'Hours per week' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(80)
  hoursMax?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 10_000_000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  salaryMin?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 10_000_000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  salaryMax?: number | null;

  @ApiPropertyOptional({ description: 'ISO 4217 code', example: 'EUR', default: 'EUR' })
  @IsOptional()
  @IsIn(CURRENCIES, { message: 'must be an ISO 4217 currency code' })
  salaryCurrency?: string;

  @ApiPropertyOptional({ enum: SALARY_PERIODS, enumName: 'SalaryPeriod', nullable: true })
  @IsOptional()
  @IsIn(SALARY_PERIODS)
  salaryPeriod?: SalaryPeriod | null;

  @ApiPropertyOptional({
    type: String,
    isArray: true,
    maxItems: MAX_SKILLS,
    description: 'Tags of 1 to 50 characters; trimmed, duplicates (ignoring case) dropped',
  })
  @Transform(({ value }) => normaliseSkills(value))
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SKILLS)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  skills?: string[];

  @ApiPropertyOptional({ enum: VACANCY_STATUSES, enumName: 'VacancyStatus', default: 'draft' })
  @IsOptional()
  @IsIn(VACANCY_STATUSES)
  status?: VacancyStatus;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  hardToFill?: boolean;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'A user of your organisation' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  hiringManagerUserId?: string | null;
}
