import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageInput } from '@kring/server-http';
import { PHASES, type Phase } from '@kring/shared-domain';
import type { SkillKind } from '../ranking-plan';

const LANGUAGE = /^[a-z]{2}$/;
const URI = /^https?:\/\/\S+$/;
const UI_LANGUAGES = ['nl', 'en'] as const;
const list = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value);

export class VacancyIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  id: string;
}

export class PersonIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  id: string;
}

export class LanguageQuery {
  @ApiPropertyOptional({ enum: UI_LANGUAGES, description: 'Language of concept labels (default nl)' })
  @IsOptional()
  @IsIn(UI_LANGUAGES)
  lang?: 'nl' | 'en';
}

export class VacancySkillInput {
  @ApiProperty({ description: 'ESCO skill URI' })
  @IsString()
  @MaxLength(300)
  @Matches(URI, { message: 'must be a URI' })
  uri: string;

  @ApiProperty({ enum: ['essential', 'optional'] })
  @IsIn(['essential', 'optional'])
  kind: SkillKind;
}

export class ConceptInput {
  @ApiProperty({ description: 'ESCO URI' })
  @IsString()
  @MaxLength(300)
  @Matches(URI, { message: 'must be a URI' })
  uri: string;
}

/** Matching criteria shared by vacancies and people: region, optional coordinates and languages. */
class PlaceInput {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100, example: 'Utrecht' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  region?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: -90, maximum: 90 })
  @IsOptional()
  @IsNumber()
  @Min(-90)
  @Max(90)
  latitude?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: -180, maximum: 180 })
  @IsOptional()
  @IsNumber()
  @Min(-180)
  @Max(180)
  longitude?: number | null;

  @ApiPropertyOptional({ type: String, isArray: true, example: ['nl', 'en'], description: 'ISO 639-1 codes' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(LANGUAGE, { each: true, message: 'must be ISO 639-1 codes' })
  languages?: string[];
}

/** HR's confirmed skills, occupations and criteria of a vacancy; replaces what was there (suggestions not listed go). */
export class PutVacancyMatchProfileInput extends PlaceInput {
  @ApiProperty({ type: VacancySkillInput, isArray: true })
  @IsArray()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => VacancySkillInput)
  skills: VacancySkillInput[];

  @ApiProperty({ type: ConceptInput, isArray: true })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ConceptInput)
  occupations: ConceptInput[];

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Desired start date' })
  @IsOptional()
  @IsISO8601({ strict: true })
  startBy?: string | null;
}

/** A person's confirmed skills, occupations and match facts; replaces the lists. A fact left out stays as it is, null clears it. */
export class PutPersonSkillsInput extends PlaceInput {
  @ApiProperty({ type: ConceptInput, isArray: true })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ConceptInput)
  skills: ConceptInput[];

  @ApiProperty({ type: ConceptInput, isArray: true })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ConceptInput)
  occupations: ConceptInput[];

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  availableFrom?: string | null;

  @ApiPropertyOptional({ description: 'Employees: may be matched to internal vacancies' })
  @IsOptional()
  @IsBoolean()
  internalMobility?: boolean;
}

/** Filters and paging of a vacancy's matches. */
export class ListMatchesInput extends PageInput {
  @ApiPropertyOptional({ enum: UI_LANGUAGES })
  @IsOptional()
  @IsIn(UI_LANGUAGES)
  lang?: 'nl' | 'en';

  @ApiPropertyOptional({ enum: PHASES, isArray: true, description: 'Comma-separated phases' })
  @IsOptional()
  @Transform(list)
  @IsArray()
  @IsIn(PHASES, { each: true })
  phases?: Phase[];

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  region?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, description: 'Needs coordinates on the vacancy' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(1)
  @Max(500)
  maxDistanceKm?: number;

  @ApiPropertyOptional({ format: 'date', description: 'Available on or before' })
  @IsOptional()
  @IsISO8601({ strict: true })
  availableBy?: string;

  @ApiPropertyOptional({ example: 'en' })
  @IsOptional()
  @Matches(LANGUAGE, { message: 'must be an ISO 639-1 code' })
  language?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(1)
  minScore?: number;
}
