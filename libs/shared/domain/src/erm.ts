import type { Phase } from './phases';

/** Why a person changed phase. `created`: the first row of every history; `manual`: HR's hand; the others are Kring reacting to an event. */
export const PHASE_CAUSES = [
  'created',
  'manual',
  'talent_pool_joined',
  'referral_hired',
  'start_date_reached',
  'offboarded',
  'import',
  'rehired',
] as const;
export type PhaseCause = (typeof PHASE_CAUSES)[number];

/** The purposes a person can consent to, one consent row each (GDPR: consent per purpose). */
export const CONSENT_PURPOSES = ['talent_pool', 'newsletter', 'job_alerts', 'events', 'matching', 'programme_mails'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** `pending`: asked (double opt-in mail sent), not yet confirmed. Only `granted` and unexpired counts as consent. */
export const CONSENT_STATUSES = ['pending', 'granted', 'withdrawn', 'expired'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/** Where an interaction happened. */
export const TOUCHPOINT_CHANNELS = [
  'email',
  'event',
  'job_alert',
  'talent_pool',
  'preboarding',
  'referral',
  'social',
  'phone',
  'meeting',
  'post',
  'intranet',
  'other',
] as const;
export type TouchpointChannel = (typeof TOUCHPOINT_CHANNELS)[number];

/** What happened. `manual` is logged by HR (with a note); the others are recorded by Kring itself. */
export const TOUCHPOINT_KINDS = [
  'mail_sent',
  'mail_opened',
  'mail_clicked',
  'event_invited',
  'event_attended',
  'job_alert_sent',
  'talent_pool_joined',
  'preboarding_task_done',
  /** HR invited the person to apply for a vacancy Kring matched them to (subject: the vacancy). */
  'match_invited',
  'manual',
] as const;
export type TouchpointKind = (typeof TOUCHPOINT_KINDS)[number];

export const ENGAGEMENT_LEVELS = ['none', 'low', 'moderate', 'high'] as const;
export type EngagementLevel = (typeof ENGAGEMENT_LEVELS)[number];

/** Where Kring first met a person. */
export const PERSON_SOURCES = ['manual', 'referral', 'talent_pool_form', 'import', 'invitation', 'application'] as const;
export type PersonSource = (typeof PERSON_SOURCES)[number];

/** Moving back into the organisation from the exit phase makes someone a boomerang (rehired alumnus). */
export function isBoomerangMove(from: Phase, to: Phase): boolean {
  return from === 'exit' && (to === 'entry' || to === 'employment');
}
