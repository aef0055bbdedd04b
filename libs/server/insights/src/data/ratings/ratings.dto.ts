import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PageInput } from '@kring/server-http';
import { QUALITY_RATING_MONTHS, type QualityRatingMonths } from '@kring/shared-domain';
import { HireOutput } from '../hires/outputs/hire.output';

export class RatingParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) id: string;
  @ApiProperty({ enum: QUALITY_RATING_MONTHS, type: Number }) @Type(() => Number) @IsIn(QUALITY_RATING_MONTHS) months: QualityRatingMonths;
}

export class RatingInput {
  @ApiProperty({ minimum: 1, maximum: 5, description: '1 = far below expectations, 5 = far above' }) @IsInt() @Min(1) @Max(5) rating: number;
  @ApiPropertyOptional({ type: String, maxLength: 2000, nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string | null;
}

export class ListRatingsDueInput extends PageInput {}

export class RatingOutput {
  @ApiProperty({ format: 'uuid' }) hireId: string;
  @ApiProperty({ enum: QUALITY_RATING_MONTHS, type: Number }) months: number;
  @ApiProperty() rating: number;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) ratedAt: string;
}

export class RatingDueOutput {
  @ApiProperty({ type: HireOutput }) hire: HireOutput;
  @ApiProperty({ enum: QUALITY_RATING_MONTHS, type: Number }) months: number;
  @ApiProperty({ format: 'date', description: 'Start date plus the months' }) dueOn: string;
}

export class RatingsDueOutput {
  @ApiProperty({ type: RatingDueOutput, isArray: true }) items: RatingDueOutput[];
  @ApiProperty() total: number;
}
