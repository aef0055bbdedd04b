import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

const DATE = { message: 'must be a date (YYYY-MM-DD)' };

/** The question every KPI endpoint answers: a period of Amsterdam calendar days and optional filters. */
export class KpiQueryInput {
  @ApiPropertyOptional({ format: 'date', description: 'First day (Europe/Amsterdam), inclusive. Default: twelve months before `to`.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, DATE)
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last day (Europe/Amsterdam), inclusive. Default: today. At most five years after `from`.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, DATE)
  to?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this programme (narrows the referral channel; other channels stay whole for comparison)' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  programmeId?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'Only this department (vacancy department for referrals, hire department for hires)' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  department?: string;
}
