import { ApiProperty } from '@nestjs/swagger';
import { IMPORT_ACTIONS, IMPORT_FIELDS, IMPORT_NOTES, IMPORT_STATUSES, type ImportAction, type ImportField, type ImportNote, type ImportStatus } from './import-plan';

export class ImportCountsOutput {
  @ApiProperty({ description: 'Rows in the file' }) rows: number;
  @ApiProperty() create: number;
  @ApiProperty() update: number;
  @ApiProperty() unchanged: number;
  @ApiProperty() error: number;
  @ApiProperty({ description: 'People who will be (or were) offboarded' }) offboard: number;
}

export class ImportFieldChangeOutput {
  @ApiProperty({ enum: IMPORT_FIELDS, enumName: 'ImportField' }) field: ImportField;
  @ApiProperty({ type: String, nullable: true }) from: string | null;
  @ApiProperty({ type: String, nullable: true }) to: string | null;
}

export class ImportRowErrorOutput {
  @ApiProperty() field: string;
  @ApiProperty() message: string;
}

export class ImportRowOutput {
  @ApiProperty({ description: '0-based position in the plan (apply progress counts these)' }) index: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Line in the file; null for an employee missing from the file' }) line: number | null;
  @ApiProperty() employeeNumber: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: IMPORT_ACTIONS, enumName: 'ImportAction' }) action: ImportAction;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) personId: string | null;
  @ApiProperty({ type: ImportFieldChangeOutput, isArray: true }) changes: ImportFieldChangeOutput[];
  @ApiProperty({ type: ImportRowErrorOutput, isArray: true }) errors: ImportRowErrorOutput[];
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Applying offboards this person with this leaving date' }) offboardOn: string | null;
  @ApiProperty({ enum: IMPORT_NOTES, enumName: 'ImportNote', isArray: true }) notes: ImportNote[];
}

export class EmployeeImportOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ enum: IMPORT_STATUSES, enumName: 'EmployeeImportStatus' }) status: ImportStatus;
  @ApiProperty() offboardLeavers: boolean;
  @ApiProperty() offboardMissing: boolean;
  @ApiProperty({ format: 'date', description: 'The day (Europe/Amsterdam) the dry run compared end dates with' }) businessDate: string;
  @ApiProperty({ description: 'Entries in the plan (rows plus employees missing from the file)' }) total: number;
  @ApiProperty({ description: 'Entries applied so far' }) processed: number;
  @ApiProperty({ type: ImportCountsOutput }) counts: ImportCountsOutput;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
}

export class EmployeeImportRowsOutput {
  @ApiProperty({ description: 'Entries matching the filter' }) total: number;
  @ApiProperty({ type: ImportRowOutput, isArray: true }) items: ImportRowOutput[];
}
