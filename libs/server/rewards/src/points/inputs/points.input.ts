import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDateString, IsDefined, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { MAX_LEVEL_THRESHOLD, MAX_LEVELS, MAX_POINT_VALUE } from '../points-settings';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DATE = { message: 'must be a date (YYYY-MM-DD)' };

const PointValue = (description: string) =>
  applyDecorators(ApiProperty({ minimum: 0, maximum: MAX_POINT_VALUE, description }), IsInt({ message: 'must be a whole number of points' }), Min(0), Max(MAX_POINT_VALUE));

export class PointValuesInput {
  @PointValue('A share link created (once per referrer and vacancy)') share: number;
  @PointValue('A referral submitted') referral: number;
  @PointValue('A referral reaching the interview stage (or offer/hired directly)') interview: number;
  @PointValue('A referral hired') hire: number;
}

export class PointsLevelInput {
  @ApiProperty({ minimum: 0, maximum: MAX_LEVEL_THRESHOLD, description: 'Points needed; the first level starts at 0, each next one higher' })
  @IsInt()
  @Min(0)
  @Max(MAX_LEVEL_THRESHOLD)
  threshold: number;

  @ApiProperty({ maxLength: 40 }) @Transform(trim) @IsString() @Length(1, 40) nameNl: string;
  @ApiProperty({ maxLength: 40 }) @Transform(trim) @IsString() @Length(1, 40) nameEn: string;
}

export class PointsSettingsInput {
  @ApiProperty({ type: PointValuesInput }) @IsDefined() @ValidateNested() @Type(() => PointValuesInput) values: PointValuesInput;

  @ApiProperty({ type: PointsLevelInput, isArray: true, minItems: 1, maxItems: MAX_LEVELS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LEVELS)
  @ValidateNested({ each: true })
  @Type(() => PointsLevelInput)
  levels: PointsLevelInput[];
}

export class LeaderboardInput {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only points earned with referrals in this programme (shares belong to no programme)' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  programmeId?: string;

  @ApiPropertyOptional({ maxLength: 100, description: 'Only points earned for vacancies of this department (case-insensitive)' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  department?: string;

  @ApiPropertyOptional({ format: 'date', description: 'First day (Amsterdam), inclusive; default the first day of this month' })
  @IsOptional()
  @IsDateString({ strict: true }, DATE)
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last day (Amsterdam), inclusive; default today' })
  @IsOptional()
  @IsDateString({ strict: true }, DATE)
  to?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class RecognitionInput {
  @ApiProperty({ description: 'Show your name on the leaderboard to the referrers and HR of your organisation' })
  @IsBoolean()
  leaderboardOptIn: boolean;
}
