/** Why someone leaves (HR's category; free text goes in the note). */
export const OFFBOARDING_REASONS = ['resignation', 'end_of_contract', 'retirement', 'dismissal', 'other'] as const;
export type OffboardingReason = (typeof OFFBOARDING_REASONS)[number];

export const OFFBOARDING_STATUSES = ['scheduled', 'completed', 'cancelled'] as const;
export type OffboardingStatus = (typeof OFFBOARDING_STATUSES)[number];

export type OffboardingSource = 'hr' | 'import';

/** The purposes a leaver is asked about in the stay-in-touch mail (and may change later as an alumnus). */
export const STAY_IN_TOUCH_PURPOSES = ['newsletter', 'job_alerts', 'events'] as const;
export type StayInTouchPurpose = (typeof STAY_IN_TOUCH_PURPOSES)[number];

/** person_tokens purpose of the stay-in-touch link. */
export const STAY_IN_TOUCH_TOKEN = 'stay_in_touch';
export const STAY_IN_TOUCH_LINK_DAYS = 60;
/** Consent given on leaving lapses after 24 months unless renewed (the pools area's renewal reminder picks it up). */
export const STAY_IN_TOUCH_CONSENT_MONTHS = 24;

/** Leaving dates, start dates and "today" are days in this time zone. */
export const BUSINESS_TIME_ZONE = 'Europe/Amsterdam';

/** The Amsterdam calendar day of an instant, as YYYY-MM-DD. */
export function businessDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: BUSINESS_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export function addMonths(at: Date, months: number): Date {
  const result = new Date(at);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}
