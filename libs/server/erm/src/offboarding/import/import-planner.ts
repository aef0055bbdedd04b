import type { Phase, Role } from '@kring/shared-domain';
import { offboardMissingRefused } from '../offboarding.errors';
import type { ReadRow } from './employee-csv';
import { rowError, type EmailMatch, type EmployeeValues, type FieldChange, type ImportNote, type ImportRowError, type ImportRowPlan } from './import-plan';

/** A person the file may refer to, as the database has them now. */
export interface ExistingPerson {
  id: string;
  employeeNumber: string | null;
  firstName: string;
  lastName: string;
  email: string | null;
  department: string | null;
  location: string | null;
  employmentType: 'permanent' | 'flex' | null;
  startDate: string | null;
  phase: Phase;
  /** The leaving date of a scheduled (not yet carried out) offboarding. */
  scheduledLeavingDate: string | null;
  /** The leaving date of the latest completed offboarding. */
  lastLeavingDate: string | null;
  /** Roles of the person's account ([] without one). */
  roles: Role[];
}

export interface PlanOptions {
  /** Offboard rows whose end date (last day employed) is set: effective the day after; at once when that day has passed. */
  offboardLeavers: boolean;
  /** Offboard employees (phase employment) with an employee number who are not in the file (leaving date: yesterday, so at once). */
  offboardMissing: boolean;
  /** Today in Europe/Amsterdam (YYYY-MM-DD). */
  today: string;
}

const CURRENT: readonly Phase[] = ['entry', 'employment'];
const COMPARED = ['employeeNumber', 'firstName', 'lastName', 'email', 'department', 'location', 'employmentType', 'startDate'] as const;

/** The day before a YYYY-MM-DD day. */
export function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * The dry run, as a pure function: what applying the file would change, row by row. Rules (documented in
 * docs/developer/erm-offboarding.md): a row matches a person by employee number, else by email; an empty
 * optional cell leaves the stored value alone; a row without an end date in the past is a current employee,
 * so someone in another phase moves to `employment` (`entry` when the start date is in the future) and an
 * alumnus coming back is a rehire (boomerang).
 */
export function planImport(rows: readonly ReadRow[], existing: readonly ExistingPerson[], options: PlanOptions): ImportRowPlan[] {
  const byNumber = new Map(existing.filter((p) => p.employeeNumber).map((p) => [p.employeeNumber!, p]));
  const byEmail = new Map(existing.filter((p) => p.email).map((p) => [p.email!, p]));
  const seenNumbers = new Map<string, number>();
  const seenEmails = new Map<string, number>();
  const claimed = new Set<string>();

  const plans = rows.map((row): ImportRowPlan => {
    const values = row.values;
    const errors: ImportRowError[] = [...row.errors];
    if (values.employeeNumber && seenNumbers.has(values.employeeNumber)) {
      const line = seenNumbers.get(values.employeeNumber)!;
      errors.push(rowError('employeeNumber', 'duplicate_in_file', `appears twice in the file (also on line ${line})`, { line }));
    }
    if (values.email && seenEmails.has(values.email)) {
      const line = seenEmails.get(values.email)!;
      errors.push(rowError('email', 'duplicate_in_file', `appears twice in the file (also on line ${line})`, { line }));
    }
    if (values.employeeNumber) seenNumbers.set(values.employeeNumber, seenNumbers.get(values.employeeNumber) ?? row.line);
    if (values.email) seenEmails.set(values.email, seenEmails.get(values.email) ?? row.line);

    let person = values.employeeNumber ? byNumber.get(values.employeeNumber) : undefined;
    // Whoever the file names by number is in the file, even when the row has errors: never "missing".
    if (person) claimed.add(person.id);
    const emailOwner = values.email ? byEmail.get(values.email) : undefined;
    let emailMatch: EmailMatch | null = null;
    if (!person && emailOwner) {
      if (emailOwner.employeeNumber) {
        errors.push(rowError('email', 'email_of_other_employee', `belongs to employee ${emailOwner.employeeNumber}`, { employeeNumber: emailOwner.employeeNumber }));
      } else {
        person = emailOwner;
        emailMatch = { phase: emailOwner.phase, roles: emailOwner.roles };
      }
    } else if (person && emailOwner && emailOwner.id !== person.id) {
      errors.push(rowError('email', 'email_of_other_person', 'belongs to another person'));
    }
    const name = `${values.firstName} ${values.lastName}`.trim();
    const base = { line: row.line, employeeNumber: values.employeeNumber, name, personId: person?.id ?? null, fromPhase: person?.phase ?? null, emailMatch };
    const errorPlan = (all: ImportRowError[]): ImportRowPlan => ({ ...base, action: 'error', changes: [], errors: all, offboardOn: null, notes: emailMatch ? ['matched_by_email'] : [], values: null, toPhase: null });
    if (errors.length) return errorPlan(errors);
    if (person) claimed.add(person.id);
    const plan = planValidRow(base, values, person, options);
    if (emailMatch) plan.notes.unshift('matched_by_email');
    // HR admins leave through the HR form (which keeps at least one HR admin), never through a file.
    if (plan.offboardOn && person?.roles.includes('hr_admin')) {
      return errorPlan([rowError('endDate', 'hr_admin_not_offboarded', 'belongs to an HR admin, who cannot be offboarded by an import')]);
    }
    return plan;
  });

  if (options.offboardMissing) {
    const errorRows = plans.filter((p) => p.action === 'error').length;
    if (errorRows > 0) throw offboardMissingRefused(`the file has ${errorRows} row(s) with errors; fix them first, or import without this option`);
    if (plans.length === 0) throw offboardMissingRefused('the file has no valid rows');
    for (const person of existing) {
      // `entry` people have not started yet, so they are often not in the payroll file: never "missing".
      if (!person.employeeNumber || claimed.has(person.id) || person.phase !== 'employment' || person.scheduledLeavingDate) continue;
      const base = {
        line: null,
        employeeNumber: person.employeeNumber,
        name: `${person.firstName} ${person.lastName}`.trim(),
        personId: person.id,
        changes: [],
        notes: ['missing_from_file' as const],
        values: null,
        toPhase: null,
        fromPhase: person.phase,
        emailMatch: null,
      };
      if (person.roles.includes('hr_admin')) {
        plans.push({ ...base, action: 'error', errors: [rowError('employeeNumber', 'hr_admin_not_offboarded', 'belongs to an HR admin, who cannot be offboarded by an import')], offboardOn: null });
      } else {
        // Not in the file: the last day employed was yesterday at the latest, so the offboarding takes effect at once.
        plans.push({ ...base, action: 'unchanged', errors: [], offboardOn: dayBefore(options.today) });
      }
    }
  }
  return plans;
}

function planValidRow(
  base: Pick<ImportRowPlan, 'line' | 'employeeNumber' | 'name' | 'personId' | 'fromPhase' | 'emailMatch'>,
  values: EmployeeValues,
  person: ExistingPerson | undefined,
  options: PlanOptions,
): ImportRowPlan {
  const notes: ImportNote[] = [];
  // The end date is the last day employed: someone has left once that day is over.
  const left = values.endDate !== null && values.endDate < options.today;
  const target: Phase = values.startDate && values.startDate > options.today ? 'entry' : 'employment';
  const changes: FieldChange[] = [];

  for (const field of COMPARED) {
    const to = values[field];
    const from = person ? person[field] : null;
    if (to === null || to === '' || to === from) continue;
    changes.push({ field, from, to });
  }

  let toPhase: Phase | null = null;
  const phase = person?.phase ?? null;
  if (phase === 'exit') {
    // Back only when the file says so unambiguously: no end date, or a start after the last leaving date.
    const startedAgain = !!values.startDate && !!person?.lastLeavingDate && values.startDate > person.lastLeavingDate;
    if (!left && (values.endDate === null || startedAgain)) {
      toPhase = target;
      notes.push('rehire');
    } else {
      // Someone who already left (e.g. the same file again): nothing changes, no second offboarding or mail.
      return { ...base, action: 'unchanged', changes: [], errors: [], offboardOn: null, notes: ['already_left'], values, toPhase: null };
    }
  } else if (!phase) {
    // A leaver Kring did not know at all: created directly as a former employee (no offboarding, no mail).
    toPhase = left ? 'exit' : target;
    if (left) notes.push('recorded_as_former_employee');
  } else if (!CURRENT.includes(phase)) {
    // Someone known in another phase (a contact, a candidate): an employee again, unless the file says they left,
    // in which case their phase stays as it is.
    if (left) notes.push('already_left');
    else toPhase = target;
  }
  if (toPhase) changes.push({ field: 'phase', from: phase, to: toPhase });

  let offboardOn: string | null = null;
  const employeeAfter = toPhase ? CURRENT.includes(toPhase) : phase !== null && CURRENT.includes(phase);
  if (values.endDate && employeeAfter) {
    if (person?.scheduledLeavingDate) notes.push('offboarding_already_scheduled');
    else if (options.offboardLeavers) offboardOn = values.endDate;
    else if (left) notes.push('leaver_not_offboarded');
  }

  const action = !person ? 'create' : changes.length ? 'update' : 'unchanged';
  return { ...base, action, changes, errors: [], offboardOn, notes, values, toPhase };
}
