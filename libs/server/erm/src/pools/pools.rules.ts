import type { EmploymentType, Phase } from '@kring/shared-domain';

/** Talent-pool consent lasts 12 months from confirmation or renewal. */
export const CONSENT_MONTHS = 12;
/** A double opt-in link (and the sign-up it confirms) lives 7 days. */
export const OPT_IN_DAYS = 7;
/** The renewal reminder goes out once, 30 days before the consent expires. */
export const REMINDER_DAYS_BEFORE = 30;

export const OPT_IN_PURPOSE = 'talent_pool_opt_in';
export const RENEWAL_PURPOSE = 'consent_renewal';
/** The "leave the talent pool" link in the welcome and renewal mails; lives as long as the consent. */
export const LEAVE_PURPOSE = 'talent_pool_leave';

/** The optional purposes a visitor may tick on the public form, next to the required talent-pool consent. */
export const EXTRA_PURPOSES = ['newsletter', 'job_alerts', 'events'] as const;
export type ExtraPurpose = (typeof EXTRA_PURPOSES)[number];
export const isExtraPurpose = (purpose: string): purpose is ExtraPurpose => (EXTRA_PURPOSES as readonly string[]).includes(purpose);

/**
 * A job alert asked for on the public form. Mirrors the rules of @kring/server-mailings' job alerts (erm cannot
 * import mailings, which imports erm): the frequencies, at most five alerts per person, terms lower-case.
 */
export const JOB_ALERT_FREQUENCIES = ['instant', 'daily', 'weekly'] as const;
export type JobAlertFrequency = (typeof JOB_ALERT_FREQUENCIES)[number];
export const MAX_JOB_ALERTS_PER_PERSON = 5;

export interface SignupJobAlert {
  keywords: string;
  functions: string[];
  locations: string[];
  employmentTypes: EmploymentType[];
  frequency: JobAlertFrequency;
}

const DAY_MS = 86_400_000;

export const addDays = (at: Date, days: number): Date => new Date(at.getTime() + days * DAY_MS);

/** Calendar months in UTC (31 January + 1 month = 3 March, as Date does). */
export function addMonths(at: Date, months: number): Date {
  const result = new Date(at);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

/**
 * Joining a pool moves a person to orientation, except starters and employees (Kring never moves anyone
 * backwards out of entry or employment) and alumni (exit): an alumnus in a pool is still an alumnus.
 */
export const PHASES_KEPT_ON_JOIN: readonly Phase[] = ['entry', 'employment', 'exit'];

export function joinMovesToOrientation(phase: Phase): boolean {
  return !PHASES_KEPT_ON_JOIN.includes(phase) && phase !== 'orientation';
}

/** "Anna de Vries" → first name "Anna", last name "de Vries". */
export function splitName(name: string): { firstName: string; lastName: string } {
  const [firstName, ...rest] = name.trim().split(/\s+/);
  return { firstName: firstName ?? name.trim(), lastName: rest.join(' ') };
}
