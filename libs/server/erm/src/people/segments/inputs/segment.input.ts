import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsDefined, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MAX_PAGE_SIZE } from '@kring/server-http';
import { SegmentFilterInput } from '../../filter/people-filter.input';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SegmentIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  id: string;
}

export class CreateSegmentInput {
  @ApiProperty({ minLength: 1, maxLength: 120, example: 'Alumni Utrecht' })
  @Transform(trim)
  @IsString()
  @Length(1, 120)
  name: string;

  @ApiPropertyOptional({ maxLength: 2000, default: '' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiProperty({ type: SegmentFilterInput })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => SegmentFilterInput)
  filter: SegmentFilterInput;
}

export class UpdateSegmentInput {
  @ApiPropertyOptional({ minLength: 1, maxLength: 120 })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @Length(1, 120)
  name?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ type: SegmentFilterInput, description: 'Replaces the whole filter' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SegmentFilterInput)
  filter?: SegmentFilterInput;
}

export const SEGMENT_PREVIEW_SIZE = 10;

/** The editor's live count: an unsaved filter, its count and first page. */
export class PreviewSegmentInput {
  @ApiProperty({ type: SegmentFilterInput })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => SegmentFilterInput)
  filter: SegmentFilterInput;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: SEGMENT_PREVIEW_SIZE })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;
}

