import type { FieldError, Phase } from '@kring/shared-domain';
import type { ReadRow } from './employee-csv';
import type { EmployeeValues, FieldChange, ImportNote, ImportRowPlan } from './import-plan';

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
}

export interface PlanOptions {
  /** Offboard rows whose end date is set (on that date; at once when it is today or past). */
  offboardLeavers: boolean;
  /** Offboard current employees with an employee number who are not in the file (leaving date: today). */
  offboardMissing: boolean;
  /** Today in Europe/Amsterdam (YYYY-MM-DD). */
  today: string;
}

const CURRENT: readonly Phase[] = ['entry', 'employment'];
const COMPARED = ['employeeNumber', 'firstName', 'lastName', 'email', 'department', 'location', 'employmentType', 'startDate'] as const;

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
    const errors: FieldError[] = [...row.errors];
    if (values.employeeNumber && seenNumbers.has(values.employeeNumber)) {
      errors.push({ field: 'employeeNumber', message: `appears twice in the file (also on line ${seenNumbers.get(values.employeeNumber)})` });
    }
    if (values.email && seenEmails.has(values.email)) {
      errors.push({ field: 'email', message: `appears twice in the file (also on line ${seenEmails.get(values.email)})` });
    }
    if (values.employeeNumber) seenNumbers.set(values.employeeNumber, seenNumbers.get(values.employeeNumber) ?? row.line);
    if (values.email) seenEmails.set(values.email, seenEmails.get(values.email) ?? row.line);

    let person = values.employeeNumber ? byNumber.get(values.employeeNumber) : undefined;
    const emailOwner = values.email ? byEmail.get(values.email) : undefined;
    if (!person && emailOwner) {
      if (emailOwner.employeeNumber) errors.push({ field: 'email', message: `belongs to employee ${emailOwner.employeeNumber}` });
      else person = emailOwner;
    } else if (person && emailOwner && emailOwner.id !== person.id) {
      errors.push({ field: 'email', message: 'belongs to another person' });
    }
    const name = `${values.firstName} ${values.lastName}`.trim();
    const base = { line: row.line, employeeNumber: values.employeeNumber, name, personId: person?.id ?? null };
    if (errors.length) return { ...base, action: 'error', changes: [], errors, offboardOn: null, notes: [], values: null, toPhase: null };
    if (person) claimed.add(person.id);
    return planValidRow(base, values, person, options);
  });

  if (options.offboardMissing) {
    for (const person of existing) {
      if (!person.employeeNumber || claimed.has(person.id) || !CURRENT.includes(person.phase) || person.scheduledLeavingDate) continue;
      plans.push({
        line: null,
        employeeNumber: person.employeeNumber,
        name: `${person.firstName} ${person.lastName}`.trim(),
        action: 'unchanged',
        personId: person.id,
        changes: [],
        errors: [],
        offboardOn: options.today,
        notes: ['missing_from_file'],
        values: null,
        toPhase: null,
      });
    }
  }
  return plans;
}

function planValidRow(
  base: Pick<ImportRowPlan, 'line' | 'employeeNumber' | 'name' | 'personId'>,
  values: EmployeeValues,
  person: ExistingPerson | undefined,
  options: PlanOptions,
): ImportRowPlan {
  const notes: ImportNote[] = [];
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
  if (!phase || !CURRENT.includes(phase)) {
    if (!left) {
      toPhase = target;
      if (phase === 'exit') notes.push('rehire');
    } else if (phase === 'exit') {
      notes.push('already_left');
    } else {
      // A leaver Kring did not know as an employee yet: recorded as one, then offboarded if HR asked.
      toPhase = options.offboardLeavers ? 'employment' : null;
    }
    if (toPhase) changes.push({ field: 'phase', from: phase, to: toPhase });
  }

  let offboardOn: string | null = null;
  const employeeAfter = toPhase !== null || (phase !== null && CURRENT.includes(phase));
  if (values.endDate && employeeAfter) {
    if (person?.scheduledLeavingDate) notes.push('offboarding_already_scheduled');
    else if (options.offboardLeavers) offboardOn = values.endDate;
    else if (left) notes.push('leaver_not_offboarded');
  }

  const action = !person ? 'create' : changes.length ? 'update' : 'unchanged';
  return { ...base, action, changes, errors: [], offboardOn, notes, values, toPhase };
}
