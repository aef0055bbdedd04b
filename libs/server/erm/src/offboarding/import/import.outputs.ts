import { ApiProperty } from '@nestjs/swagger';
import { PHASES, ROLES, type Phase, type Role } from '@kring/shared-domain';
import {
  IMPORT_ACTIONS,
  IMPORT_FIELDS,
  IMPORT_NOTES,
  IMPORT_OUTCOMES,
  IMPORT_ROW_ERROR_CODES,
  IMPORT_SKIP_REASONS,
  IMPORT_STATUSES,
  type ImportAction,
  type ImportField,
  type ImportNote,
  type ImportOutcomeStatus,
  type ImportRowErrorCode,
  type ImportSkipReason,
  type ImportStatus,
} from './import-plan';

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
  @ApiProperty({ enum: IMPORT_ROW_ERROR_CODES, enumName: 'ImportRowErrorCode', description: 'Stable code; translate this, not `message`' }) code: ImportRowErrorCode;
  @ApiProperty({ type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] }, description: 'Values for the message (line, max, employeeNumber)' })
  params: Record<string, string | number>;
  @ApiProperty({ description: 'English fallback' }) message: string;
}

export class ImportEmailMatchOutput {
  @ApiProperty({ enum: PHASES, enumName: 'Phase' }) phase: Phase;
  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true }) roles: Role[];
}

export class ImportRowOutcomeOutput {
  @ApiProperty({ enum: IMPORT_OUTCOMES, enumName: 'ImportOutcomeStatus' }) status: ImportOutcomeStatus;
  @ApiProperty({ enum: IMPORT_SKIP_REASONS, enumName: 'ImportSkipReason', nullable: true }) reason: ImportSkipReason | null;
  @ApiProperty({ type: String, nullable: true, description: 'Error code when the offboarding was refused' }) code: string | null;
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
  @ApiProperty({ type: ImportEmailMatchOutput, nullable: true, description: 'The row matched an existing person (without employee number) by email' })
  emailMatch: ImportEmailMatchOutput | null;
  @ApiProperty({ type: ImportRowOutcomeOutput, nullable: true, description: 'What applying did (null until applied)' }) outcome: ImportRowOutcomeOutput | null;
}

export class EmployeeImportOutput {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ enum: IMPORT_STATUSES, enumName: 'EmployeeImportStatus' }) status: ImportStatus;
  @ApiProperty() offboardLeavers: boolean;
  @ApiProperty() offboardMissing: boolean;
  @ApiProperty({ format: 'date', description: 'The day (Europe/Amsterdam) the dry run compared end dates with' }) businessDate: string;
  @ApiProperty({ description: 'Entries in the plan (rows plus employees missing from the file)' }) total: number;
  @ApiProperty({ description: 'Entries processed so far' }) processed: number;
  @ApiProperty({ description: 'Entries carried out' }) applied: number;
  @ApiProperty({ description: 'Entries skipped because the data changed since the dry run (or a refusal); error rows not counted' }) skipped: number;
  @ApiProperty({ type: ImportCountsOutput }) counts: ImportCountsOutput;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
}

export class EmployeeImportRowsOutput {
  @ApiProperty({ description: 'Entries matching the filter' }) total: number;
  @ApiProperty({ type: ImportRowOutput, isArray: true }) items: ImportRowOutput[];
}
