import type { FieldError, Phase } from '@kring/shared-domain';

export const IMPORT_STATUSES = ['dry_run', 'applying', 'applied', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** What applying a row does to the person. `error` rows are skipped by the apply. */
export const IMPORT_ACTIONS = ['create', 'update', 'unchanged', 'error'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

/** The person fields an import writes; `phase` is changed through PhasesRepository (cause `import`). */
export const IMPORT_FIELDS = ['employeeNumber', 'firstName', 'lastName', 'email', 'department', 'location', 'employmentType', 'startDate', 'phase'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Why a row needs a second look although it is valid. */
export const IMPORT_NOTES = ['leaver_not_offboarded', 'missing_from_file', 'offboarding_already_scheduled', 'already_left', 'rehire'] as const;
export type ImportNote = (typeof IMPORT_NOTES)[number];

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
  errors: FieldError[];
  /** The leaving date when applying offboards this person (today or earlier: at once; later: scheduled). */
  offboardOn: string | null;
  notes: ImportNote[];
  /** The values the apply writes (null for error rows and missing employees). */
  values: EmployeeValues | null;
  /** The phase a created or updated person moves to, if any. */
  toPhase: Phase | null;
}

export interface ImportCounts {
  rows: number;
  create: number;
  update: number;
  unchanged: number;
  error: number;
  offboard: number;
}

export function countPlans(plans: readonly ImportRowPlan[]): ImportCounts {
  const counts: ImportCounts = { rows: 0, create: 0, update: 0, unchanged: 0, error: 0, offboard: 0 };
  for (const plan of plans) {
    if (plan.line !== null) counts.rows++;
    counts[plan.action]++;
    if (plan.offboardOn) counts.offboard++;
  }
  return counts;
}
