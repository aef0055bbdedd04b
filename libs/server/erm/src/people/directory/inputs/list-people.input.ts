import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { PageInput } from '@kring/server-http';
import {
  CONSENT_PURPOSES,
  ENGAGEMENT_LEVELS,
  LOCALES,
  PHASES,
  type ConsentPurpose,
  type EngagementLevel,
  type Locale,
  type Phase,
} from '@kring/shared-domain';
import { MAX_LABEL_LENGTH, MAX_LABELS, normaliseLabels, queryList } from '../../filter/labels';
import type { PeopleSearch } from '../../filter/people-filter';

const list = ({ value }: { value: unknown }) => queryList(value);
const labels = ({ value }: { value: unknown }) => normaliseLabels(queryList(value));

/** HR's people list: the segment filter in the query string (repeat a parameter or separate values by commas), plus `q`. */
export class ListPeopleInput extends PageInput implements PeopleSearch {
  @ApiPropertyOptional({ description: 'Part of the name or email (ignoring case)', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: PHASES, enumName: 'Phase', isArray: true })
  @Transform(list)
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PHASES.length)
  @IsIn(PHASES, { each: true })
  phases?: Phase[];

  @ApiPropertyOptional({ type: String, format: 'uuid', isArray: true })
  @Transform(list)
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be UUIDs' })
  poolIds?: string[];

  @ApiPropertyOptional({ type: String, isArray: true })
  @Transform(labels)
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LABELS)
  @IsString({ each: true })
  @Length(1, MAX_LABEL_LENGTH, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ type: String, isArray: true })
  @Transform(labels)
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LABELS)
  @IsString({ each: true })
  @Length(1, MAX_LABEL_LENGTH, { each: true })
  skills?: string[];

  @ApiPropertyOptional({ type: String, isArray: true })
  @Transform(list)
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LABELS)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  locations?: string[];

  @ApiPropertyOptional({ enum: LOCALES, enumName: 'Locale', isArray: true })
  @Transform(list)
  @IsOptional()
  @IsArray()
  @IsIn(LOCALES, { each: true })
  locales?: Locale[];

  @ApiPropertyOptional({ enum: ENGAGEMENT_LEVELS, enumName: 'EngagementLevel', isArray: true })
  @Transform(list)
  @IsOptional()
  @IsArray()
  @IsIn(ENGAGEMENT_LEVELS, { each: true })
  engagementLevels?: EngagementLevel[];

  @ApiPropertyOptional({ enum: CONSENT_PURPOSES, enumName: 'ConsentPurpose' })
  @IsOptional()
  @IsIn(CONSENT_PURPOSES)
  consentPurpose?: ConsentPurpose;
}
