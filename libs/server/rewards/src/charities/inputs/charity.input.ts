import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, Length } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateCharityInput {
  @ApiProperty({ maxLength: 120 }) @Transform(trim) @IsString() @Length(1, 120) name: string;
}

export class UpdateCharityInput {
  @ApiPropertyOptional({ maxLength: 120 }) @IsOptional() @Transform(trim) @IsString() @Length(1, 120) name?: string;
  @ApiPropertyOptional({ description: 'Inactive charities are no longer offered; donations already chosen stay' }) @IsOptional() @IsBoolean() active?: boolean;
}

export class CharityIdParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) id: string;
}
