/** The mail topics a person manages in the preference centre; each is the consent purpose of the same name. */
export const MAIL_TOPICS = ['newsletter', 'job_alerts', 'events'] as const;
export type MailTopic = (typeof MAIL_TOPICS)[number];

/**
 * A topic switched on in the preference centre is granted for 24 months, the rule the offboarding
 * stay-in-touch choice uses for the same purposes (docs/developer/erm-offboarding.md).
 */
export const PREFERENCE_CONSENT_MONTHS = 24;

/** consent_events.source of each way a topic changes here. */
export const PreferenceSources = {
  oneClick: 'one_click_unsubscribe',
  centre: 'preference_centre',
  complaint: 'complaint',
} as const;

export const SUPPRESSION_REASONS = ['hard_bounce', 'complaint', 'manual'] as const;
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];

export const BOUNCE_TYPES = ['hard_bounce', 'soft_bounce', 'complaint'] as const;
export type BounceType = (typeof BOUNCE_TYPES)[number];

/** The header that carries the bounce webhook's shared secret. */
export const WEBHOOK_SECRET_HEADER = 'x-kring-webhook-secret';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export function addMonths(at: Date, months: number): Date {
  const result = new Date(at);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

/**
 * SQL predicate for bulk senders: the address expression is not on the organisation's suppression list.
 * `NOT EXISTS (...)` over the primary key (organisation_id, email); the address must already be normalised.
 */
export function notSuppressedSql(organisationParam: string, emailExpression: string): string {
  return `NOT EXISTS (SELECT 1 FROM mail_suppressions ms WHERE ms.organisation_id = ${organisationParam} AND ms.email = ${emailExpression})`;
}
