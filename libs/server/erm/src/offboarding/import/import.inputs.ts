import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { FormBoolean, FormNumber, IsUploadedFile, UploadedFile } from '@kring/server-storage';

export class UploadEmployeeImportInput {
  @ApiProperty({ type: 'string', format: 'binary', description: 'CSV (UTF-8, `;` or `,`), at most 5 MB and 20 000 rows' })
  @IsUploadedFile()
  file: UploadedFile;

  @ApiPropertyOptional({ description: 'Offboard rows with an end date (on that date; at once when today or past)' })
  @IsOptional()
  @FormBoolean()
  @IsBoolean()
  offboardLeavers?: boolean;

  @ApiPropertyOptional({ description: 'Also offboard current employees with an employee number who are missing from the file (today)' })
  @IsOptional()
  @FormBoolean()
  @IsBoolean()
  offboardMissing?: boolean;
}

export class ImportIdParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) id: string;
}

export class ImportRowsQuery {
  @ApiPropertyOptional({ minimum: 0, maximum: 1_000_000, default: 0 }) @IsOptional() @FormNumber() @IsInt() @Min(0) @Max(1_000_000) offset?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 200 }) @IsOptional() @FormNumber() @IsInt() @Min(1) @Max(500) limit?: number;
  @ApiPropertyOptional({ enum: ['all', 'notable'], description: '`notable`: rows that change something, have errors or notes', default: 'all' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsIn(['all', 'notable'])
  show?: 'all' | 'notable';
}
