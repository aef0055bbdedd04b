import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { PageInput } from '@kring/server-http';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const booleanQuery = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class PoolIdParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) id: string;
}

export class PoolMemberParams extends PoolIdParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) personId: string;
}

export class CreateTalentPoolInput {
  @ApiProperty({ minLength: 1, maxLength: 120 }) @Transform(trimmed) @IsString() @Length(1, 120) name: string;
  @ApiPropertyOptional({ maxLength: 2000 }) @Transform(trimmed) @IsOptional() @IsString() @MaxLength(2000) description?: string;
  @ApiPropertyOptional({ description: 'Offered on the public "keep me posted" form' }) @IsOptional() @IsBoolean() public?: boolean;
}

export class UpdateTalentPoolInput {
  @ApiPropertyOptional({ minLength: 1, maxLength: 120 }) @Transform(trimmed) @IsOptional() @IsString() @Length(1, 120) name?: string;
  @ApiPropertyOptional({ maxLength: 2000 }) @Transform(trimmed) @IsOptional() @IsString() @MaxLength(2000) description?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() public?: boolean;
  @ApiPropertyOptional({ description: 'true archives the pool (it leaves the public form), false restores it' }) @IsOptional() @IsBoolean() archived?: boolean;
}

export class ListTalentPoolsInput {
  @ApiPropertyOptional({ type: Boolean }) @IsOptional() @Transform(booleanQuery) @IsBoolean() includeArchived?: boolean;
}

export class ListPoolMembersInput extends PageInput {
  @ApiPropertyOptional({ description: 'Part of a name or email address', maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) q?: string;
}

export class AddPoolMembersInput {
  @ApiProperty({ type: String, isArray: true, format: 'uuid', minItems: 1, maxItems: 500 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'must be UUIDs' })
  personIds: string[];
}
