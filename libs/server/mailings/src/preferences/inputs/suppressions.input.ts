import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEmail, IsIn, IsOptional, IsString, Length, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { PageInput } from '@kring/server-http';
import { BOUNCE_TYPES, type BounceType } from '../preferences.constants';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ListSuppressionsInput extends PageInput {
  @ApiPropertyOptional({ description: 'Part of an address', maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) q?: string;
}

export class AddSuppressionInput {
  @ApiProperty({ maxLength: 320 }) @Transform(trimmed) @IsEmail() @MaxLength(320) email: string;
  @ApiPropertyOptional({ maxLength: 500, description: 'Why (e.g. "asked by phone")' }) @Transform(trimmed) @IsOptional() @IsString() @MaxLength(500) detail?: string;
}

export class SuppressionEmailQuery {
  @ApiProperty({ maxLength: 320 }) @Transform(trimmed) @IsEmail() @MaxLength(320) email: string;
}

export class BounceEventInput {
  @ApiPropertyOptional({ description: 'The organisation the mail came from (one of organisationSlug or messageId is needed)', maxLength: 100 })
  @ValidateIf((o: BounceEventInput) => !o.messageId)
  @IsString()
  @Length(1, 100)
  organisationSlug?: string;

  @ApiPropertyOptional({ description: 'The Message-ID of the bounced mail, with or without angle brackets', maxLength: 300 })
  @ValidateIf((o: BounceEventInput) => !o.organisationSlug || o.messageId !== undefined)
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().replace(/^<(.*)>$/, '$1') : value))
  @IsString()
  @Length(1, 300)
  messageId?: string;

  @ApiProperty({ maxLength: 320 }) @Transform(trimmed) @IsEmail() @MaxLength(320) email: string;
  @ApiProperty({ enum: BOUNCE_TYPES, enumName: 'BounceType' }) @IsIn(BOUNCE_TYPES) type: BounceType;
  @ApiPropertyOptional({ maxLength: 1000, description: 'The provider\'s diagnostic, e.g. "550 5.1.1 user unknown"' }) @IsOptional() @IsString() @MaxLength(1000) detail?: string;
}

export class BounceReportInput {
  @ApiProperty({ type: BounceEventInput, isArray: true, minItems: 1, maxItems: 1000 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => BounceEventInput)
  events: BounceEventInput[];
}
