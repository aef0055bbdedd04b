/** The mail topics a person manages in the preference centre; each is the consent purpose of the same name. */
export const MAIL_TOPICS = ['newsletter', 'job_alerts', 'events', 'programme_mails'] as const;
export type MailTopic = (typeof MAIL_TOPICS)[number];

/**
 * Topics sent on legitimate interest instead of consent: on unless withdrawn (an opt-out). `programme_mails`:
 * activation mails to referrers about the programmes they can refer in (docs/developer/mailings-activation.md).
 * Shown in the preference centre only to people they apply to.
 */
export const OPT_OUT_TOPICS = ['programme_mails'] as const satisfies readonly MailTopic[];
export type OptOutTopic = (typeof OPT_OUT_TOPICS)[number];
export const isOptOutTopic = (topic: MailTopic): topic is OptOutTopic => (OPT_OUT_TOPICS as readonly MailTopic[]).includes(topic);
export const legalBasisOf = (topic: MailTopic): 'legitimate_interest' | 'consent' => (isOptOutTopic(topic) ? 'legitimate_interest' : 'consent');

/** Whether mail on a topic is sent, given its consent row: opt-in topics need a live grant, opt-out topics no withdrawal. */
export function topicSubscribed(topic: MailTopic, row: { status: string; expiresAt: Date | null } | undefined, now: Date): boolean {
  if (isOptOutTopic(topic)) return row?.status !== 'withdrawn';
  return !!row && row.status === 'granted' && (!row.expiresAt || row.expiresAt > now);
}

/**
 * A topic switched on in the preference centre is granted for 24 months, the rule the offboarding
 * stay-in-touch choice uses for the same purposes (docs/developer/erm-offboarding.md).
 */
export const PREFERENCE_CONSENT_MONTHS = 24;

/**
 * The consent purpose "be found for vacancies": HR may compare the person's skills profile with vacancies
 * (docs/developer/match-profiles.md). Not a mail topic: managed in its own section of /preferences, granted for
 * {@link PREFERENCE_CONSENT_MONTHS} months like a topic, withdrawn at once.
 */
export const MATCHING_PURPOSE = 'matching' as const;

/** Whether a consent row counts as consent now: granted and not (yet) expired (the rule of hasConsentSql). */
export function consentLive(row: { status: string; expiresAt: Date | null } | undefined, now: Date): boolean {
  return !!row && row.status === 'granted' && (!row.expiresAt || row.expiresAt > now);
}

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
