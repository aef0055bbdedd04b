import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { FormNumber, IsUploadedFile, type UploadedFile } from '@kring/server-storage';

const URI = /^https?:\/\/\S+$/;
const UI_LANGUAGES = ['nl', 'en'] as const;

/** A CV upload (multipart/form-data, field `cv`): PDF or DOCX, judged by content. The file is read and then dropped. */
export class UploadCvInput {
  @ApiProperty({ type: 'string', format: 'binary', description: 'PDF or Word (.docx), at most 5 MB' })
  @IsUploadedFile()
  cv: UploadedFile;
}

export class ConceptUriInput {
  @ApiProperty({ description: 'ESCO URI' })
  @IsString()
  @MaxLength(300)
  @Matches(URI, { message: 'must be a URI' })
  uri: string;
}

/** Concepts a person confirms (added when not there yet) or removes from their own profile. */
export class MyConceptsInput {
  @ApiProperty({ type: ConceptUriInput, isArray: true })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ConceptUriInput)
  skills: ConceptUriInput[];

  @ApiProperty({ type: ConceptUriInput, isArray: true })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ConceptUriInput)
  occupations: ConceptUriInput[];
}

export class SkillSearchQuery {
  @ApiProperty({ description: 'Part of a skill name, Dutch or English', minLength: 2, maxLength: 100 })
  @IsString()
  @Length(2, 100)
  q: string;

  @ApiPropertyOptional({ enum: UI_LANGUAGES, description: 'Language of the labels shown (default nl); both languages are searched' })
  @IsOptional()
  @IsIn(UI_LANGUAGES)
  lang?: 'nl' | 'en';

  @ApiPropertyOptional({ minimum: 1, maximum: 30, default: 15 })
  @IsOptional()
  @FormNumber()
  @IsInt()
  @Min(1)
  @Max(30)
  limit?: number;
}
