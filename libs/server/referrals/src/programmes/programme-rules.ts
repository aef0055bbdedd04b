import { AUDIENCES_BY_KIND, type Audience, type FieldError, type ProgrammeKind, type VacancyScope } from '@kring/shared-domain';

export const DEFAULT_OWNERSHIP_DAYS = 180;
export const DEFAULT_CONSENT_TIMEOUT_DAYS = 14;

/** Without an explicit list, a programme admits every audience its kind allows. */
export const defaultAudiences = (kind: ProgrammeKind): Audience[] => [...AUDIENCES_BY_KIND[kind]];

export interface ProgrammeShape {
  kind: ProgrammeKind;
  audiences: Audience[];
  startsAt: Date | null;
  endsAt: Date | null;
  vacancyScope: VacancyScope;
  vacancyIds: string[];
}

/**
 * Rules across fields of a programme. `isNew`: a new programme may not end in the past (an existing one may,
 * which is how HR ends an action early).
 */
export function programmeErrors(p: ProgrammeShape, now: Date, isNew: boolean): FieldError[] {
  const errors: FieldError[] = [];
  const allowed = AUDIENCES_BY_KIND[p.kind];
  if (p.audiences.some((a) => !allowed.includes(a))) {
    errors.push({ field: 'audiences', message: `a ${p.kind} programme admits only ${allowed.join(', ')}` });
  }
  if (p.startsAt && p.endsAt && p.endsAt.getTime() <= p.startsAt.getTime()) {
    errors.push({ field: 'endsAt', message: 'must be after startsAt' });
  } else if (isNew && p.endsAt && p.endsAt.getTime() <= now.getTime()) {
    errors.push({ field: 'endsAt', message: 'must be in the future' });
  }
  if (p.vacancyScope === 'selected' && !p.vacancyIds.length) {
    errors.push({ field: 'vacancyIds', message: 'must list at least one vacancy when vacancyScope is selected' });
  }
  if (p.vacancyScope === 'all_open' && p.vacancyIds.length) {
    errors.push({ field: 'vacancyIds', message: 'may only be given when vacancyScope is selected' });
  }
  return errors;
}
