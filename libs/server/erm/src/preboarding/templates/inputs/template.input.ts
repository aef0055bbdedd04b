import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PREBOARDING_ASSIGNEES, type PreboardingAssignee } from '../../entities/preboarding-template.entity';

const emptyToUndefined = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class PreboardingTemplateTaskInput {
  @ApiProperty({ maxLength: 200 }) @Transform(trim) @IsString() @Length(1, 200) titleNl: string;
  @ApiProperty({ maxLength: 200 }) @Transform(trim) @IsString() @Length(1, 200) titleEn: string;
  @ApiPropertyOptional({ maxLength: 2000 }) @Transform(emptyToUndefined) @IsOptional() @IsString() @MaxLength(2000) descriptionNl?: string;
  @ApiPropertyOptional({ maxLength: 2000 }) @Transform(emptyToUndefined) @IsOptional() @IsString() @MaxLength(2000) descriptionEn?: string;
  @ApiProperty({ minimum: -365, maximum: 365, description: 'Days relative to the start date: -14 is two weeks before, 0 the first day, 5 five days after' })
  @IsInt()
  @Min(-365)
  @Max(365)
  dueOffsetDays: number;
  @ApiProperty({ enum: PREBOARDING_ASSIGNEES, enumName: 'PreboardingAssignee' }) @IsIn(PREBOARDING_ASSIGNEES) assignee: PreboardingAssignee;
  @ApiPropertyOptional({ maxLength: 120, description: 'Only starters of this department get the task' })
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(120)
  department?: string;
}

export class PreboardingTemplateInput {
  @ApiProperty({ maxLength: 120 }) @Transform(trim) @IsString() @Length(1, 120) name: string;
  @ApiProperty({ description: 'The default template is used for every new starter (exactly one per organisation)' }) @IsBoolean() isDefault: boolean;
  @ApiProperty({ type: PreboardingTemplateTaskInput, isArray: true, maxItems: 50 })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PreboardingTemplateTaskInput)
  tasks: PreboardingTemplateTaskInput[];
}

export class PreboardingTemplateIdParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) id: string;
}
