import { PageInput } from '@kring/server-http';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { EMPLOYMENT_TYPES, VACANCY_STATUSES, type EmploymentType, type VacancyStatus } from '@kring/shared-domain';

/** Filters referrers may use on open vacancies. */
export class ListOpenVacanciesInput extends PageInput {
  @ApiPropertyOptional({ description: 'Exact department (ignoring case)', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  department?: string;

  @ApiPropertyOptional({ description: 'Exact location (ignoring case)', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  location?: string;

  @ApiPropertyOptional({ enum: EMPLOYMENT_TYPES, enumName: 'EmploymentType' })
  @IsOptional()
  @IsIn(EMPLOYMENT_TYPES)
  employmentType?: EmploymentType;

  @ApiPropertyOptional({ description: 'Full-text search with Dutch and English stemming; orders by relevance', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

}

/** HR's filters: everything referrers have, plus status and the hard-to-fill flag. */
export class ListVacanciesInput extends ListOpenVacanciesInput {
  @ApiPropertyOptional({ enum: VACANCY_STATUSES, enumName: 'VacancyStatus' })
  @IsOptional()
  @IsIn(VACANCY_STATUSES)
  status?: VacancyStatus;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  hardToFill?: boolean;
}
