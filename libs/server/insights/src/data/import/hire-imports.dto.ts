import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { IsUploadedFile, UploadedFile } from '@kring/server-storage';

export class UploadHireImportInput {
  @ApiProperty({ type: 'string', format: 'binary', description: 'ATS export as CSV (UTF-8, `;` or `,`), at most 5 MB and 20 000 rows' })
  @IsUploadedFile()
  file: UploadedFile;
}

export class HireImportIdParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) id: string;
}

export class HireImportProblemOutput {
  @ApiProperty({ description: 'Line in the file (the header is line 1)' }) line: number;
  @ApiProperty() field: string;
  @ApiProperty({ enum: ['required', 'too_long', 'invalid_date', 'unknown_channel', 'duplicate_in_file', 'order'] }) code: string;
  @ApiProperty() message: string;
}

export class HireImportOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ enum: ['previewed', 'applying', 'applied', 'failed'] }) status: string;
  @ApiProperty() totalRows: number;
  @ApiProperty({ description: 'Rows without problems (the ones apply writes)' }) validRows: number;
  @ApiProperty({ description: 'Previewed: valid rows whose ATS reference is new. Applied: hires created' }) createdRows: number;
  @ApiProperty({ description: 'Previewed: valid rows that update an existing hire. Applied: hires updated' }) updatedRows: number;
  @ApiProperty({ type: HireImportProblemOutput, isArray: true, description: 'Rows skipped, with why (at most 500 listed)' }) problems: HireImportProblemOutput[];
  @ApiProperty() problemCount: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) appliedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
