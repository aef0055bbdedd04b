import type { FieldError, VacancyStatus } from '@kring/shared-domain';

export const MAX_SKILLS = 30;

/** Trims skill tags and drops later duplicates, comparing case-insensitively (the first spelling wins). */
export function normaliseSkills(skills: unknown): unknown {
  if (!Array.isArray(skills) || skills.some((s) => typeof s !== 'string')) return skills;
  const seen = new Set<string>();
  const result: string[] = [];
  for (const skill of skills as string[]) {
    const trimmed = skill.trim().replace(/\s+/g, ' ');
    const key = trimmed.toLocaleLowerCase('nl');
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(trimmed);
  }
  return result;
}

/** Allowed status changes: draft → open → closed, and closed → open to reopen. A vacancy starts as draft or open. */
const TRANSITIONS: Record<VacancyStatus | 'new', readonly VacancyStatus[]> = {
  new: ['draft', 'open'],
  draft: ['open'],
  open: ['closed'],
  closed: ['open'],
};

export function statusChangeError(from: VacancyStatus | 'new', to: VacancyStatus): FieldError | null {
  if (from === to || TRANSITIONS[from].includes(to)) return null;
  return from === 'new'
    ? { field: 'status', message: `a new vacancy must be draft or open` }
    : { field: 'status', message: `cannot change from ${from} to ${to}` };
}

/** The timestamps a status change sets: opening (again) stamps openedAt and clears closedAt; closing stamps closedAt. */
export function statusTimestamps(from: VacancyStatus | 'new', to: VacancyStatus, now: Date) {
  if (from === to) return {};
  if (to === 'open') return { openedAt: now, closedAt: null };
  if (to === 'closed') return { closedAt: now };
  return {};
}

/** min ≤ max for ranges where both ends are given; the error lands on the max field. */
export function rangeErrors(ranges: Array<[minField: string, min: number | null, maxField: string, max: number | null]>): FieldError[] {
  return ranges
    .filter(([, min, , max]) => min !== null && max !== null && min > max)
    .map(([minField, , maxField]) => ({ field: maxField, message: `must be at least ${minField}` }));
}

/** PATCH bodies may send null only to clear a nullable field; for the others null is an error, not "no change". */
export function nullErrors<T extends object>(input: T, required: ReadonlyArray<keyof T & string>): FieldError[] {
  return required.filter((key) => input[key] === null).map((field) => ({ field, message: 'must not be null' }));
}
