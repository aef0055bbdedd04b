import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
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
import { MAX_LABEL_LENGTH, MAX_LABELS, normaliseLabels } from './labels';
import type { PeopleFilter } from './people-filter';

const trimList = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '') : value;

/**
 * A segment's filter as HR edits it (JSON body). Within a field any value matches; across fields all must match.
 * An absent or empty list does not restrict.
 */
export class SegmentFilterInput implements PeopleFilter {
  @ApiPropertyOptional({ enum: PHASES, enumName: 'Phase', isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PHASES.length)
  @IsIn(PHASES, { each: true })
  phases?: Phase[];

  @ApiPropertyOptional({ type: String, format: 'uuid', isArray: true, description: 'Member of any of these talent pools' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'must be UUIDs' })
  poolIds?: string[];

  @ApiPropertyOptional({ type: String, isArray: true, description: 'Has any of these tags (lower-case)' })
  @Transform(({ value }) => normaliseLabels(value))
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LABELS)
  @IsString({ each: true })
  @Length(1, MAX_LABEL_LENGTH, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ type: String, isArray: true, description: 'Has any of these skills (compared lower-case)' })
  @Transform(({ value }) => normaliseLabels(value))
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LABELS)
  @IsString({ each: true })
  @Length(1, MAX_LABEL_LENGTH, { each: true })
  skills?: string[];

  @ApiPropertyOptional({ type: String, isArray: true, description: 'Lives or works in one of these locations (ignoring case)' })
  @Transform(trimList)
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LABELS)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  locations?: string[];

  @ApiPropertyOptional({ enum: LOCALES, enumName: 'Locale', isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LOCALES.length)
  @IsIn(LOCALES, { each: true })
  locales?: Locale[];

  @ApiPropertyOptional({ enum: ENGAGEMENT_LEVELS, enumName: 'EngagementLevel', isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ENGAGEMENT_LEVELS.length)
  @IsIn(ENGAGEMENT_LEVELS, { each: true })
  engagementLevels?: EngagementLevel[];

  @ApiPropertyOptional({ enum: CONSENT_PURPOSES, enumName: 'ConsentPurpose', nullable: true, description: 'Has granted, unexpired consent for this purpose' })
  @IsOptional()
  @IsIn(CONSENT_PURPOSES)
  consentPurpose?: ConsentPurpose | null;
}

/** Drops empty lists and unset fields so the stored jsonb is the smallest equivalent filter. */
export function compactFilter(filter: PeopleFilter | undefined): PeopleFilter {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    result[key] = Array.isArray(value) ? [...new Set(value)] : value;
  }
  return result as PeopleFilter;
}
