import type { Phase, Role } from '@kring/shared-domain';

export const IMPORT_STATUSES = ['dry_run', 'applying', 'applied', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** What applying a row does to the person. `error` rows are skipped by the apply. */
export const IMPORT_ACTIONS = ['create', 'update', 'unchanged', 'error'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

/** The person fields an import writes; `phase` is changed through PhasesRepository (cause `import`). */
export const IMPORT_FIELDS = ['employeeNumber', 'firstName', 'lastName', 'email', 'department', 'location', 'employmentType', 'startDate', 'phase'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Why a row needs a second look although it is valid. */
export const IMPORT_NOTES = ['leaver_not_offboarded', 'missing_from_file', 'offboarding_already_scheduled', 'already_left', 'rehire', 'matched_by_email', 'recorded_as_former_employee'] as const;
export type ImportNote = (typeof IMPORT_NOTES)[number];

/** Stable codes of row errors (the portal translates them; `message` is the English fallback). */
export const IMPORT_ROW_ERROR_CODES = [
  'required',
  'too_long',
  'invalid_email',
  'invalid_employment_type',
  'invalid_date',
  'end_before_start',
  'duplicate_in_file',
  'email_of_other_employee',
  'email_of_other_person',
  'hr_admin_not_offboarded',
] as const;
export type ImportRowErrorCode = (typeof IMPORT_ROW_ERROR_CODES)[number];

export interface ImportRowError {
  field: string;
  code: ImportRowErrorCode;
  /** Values for the translated message (e.g. `line`, `max`, `employeeNumber`). */
  params?: Record<string, string | number>;
  message: string;
}

/** What applying did with an entry of the plan. */
export const IMPORT_OUTCOMES = ['applied', 'skipped'] as const;
export type ImportOutcomeStatus = (typeof IMPORT_OUTCOMES)[number];
export const IMPORT_SKIP_REASONS = ['error_row', 'changed_since_dry_run', 'email_in_use', 'offboarding_refused'] as const;
export type ImportSkipReason = (typeof IMPORT_SKIP_REASONS)[number];

export interface ImportOutcome {
  status: ImportOutcomeStatus;
  reason: ImportSkipReason | null;
  /** The DomainError code when the offboarding was refused. */
  code?: string | null;
}

/** Who a row matched by email (a person without employee number): shown so HR sees whose record it takes. */
export interface EmailMatch {
  phase: Phase;
  roles: Role[];
}

export interface FieldChange {
  field: ImportField;
  from: string | null;
  to: string | null;
}

/** One row of the file as read (cells trimmed; empty optional cells are null). */
export interface EmployeeValues {
  employeeNumber: string;
  firstName: string;
  lastName: string;
  email: string | null;
  department: string | null;
  location: string | null;
  employmentType: 'permanent' | 'flex' | null;
  startDate: string | null;
  endDate: string | null;
  /** "Privé e-mail": not stored on the person; an offboarding from this row mails it and makes it the alumnus login. */
  privateEmail?: string | null;
}

/** What the dry run decided for one row (or for one employee missing from the file). Stored as JSON. */
export interface ImportRowPlan {
  /** Line in the file; null for an employee who is missing from the file. */
  line: number | null;
  employeeNumber: string;
  name: string;
  action: ImportAction;
  personId: string | null;
  changes: FieldChange[];
  errors: ImportRowError[];
  /** The leaving date when applying offboards this person (today or earlier: at once; later: scheduled). */
  offboardOn: string | null;
  notes: ImportNote[];
  /** The values the apply writes (null for error rows and missing employees). */
  values: EmployeeValues | null;
  /** The phase a created or updated person moves to, if any. */
  toPhase: Phase | null;
  /** The person's phase at the dry run (null for a new person); the apply skips the row when it changed. */
  fromPhase?: Phase | null;
  /** Set when the row matched an existing person by email. */
  emailMatch?: EmailMatch | null;
}

export interface ImportCounts {
  rows: number;
  create: number;
  update: number;
  unchanged: number;
  error: number;
  offboard: number;
}

export const rowError = (field: string, code: ImportRowErrorCode, message: string, params?: Record<string, string | number>): ImportRowError =>
  params ? { field, code, params, message } : { field, code, message };

export function countPlans(plans: readonly ImportRowPlan[]): ImportCounts {
  const counts: ImportCounts = { rows: 0, create: 0, update: 0, unchanged: 0, error: 0, offboard: 0 };
  for (const plan of plans) {
    if (plan.line !== null) counts.rows++;
    counts[plan.action]++;
    if (plan.offboardOn) counts.offboard++;
  }
  return counts;
}
