import type { EmploymentType } from '@kring/shared-domain';

export const JOB_ALERT_FREQUENCIES = ['instant', 'daily', 'weekly'] as const;
export type JobAlertFrequency = (typeof JOB_ALERT_FREQUENCIES)[number];

/** A person keeps at most this many saved alerts. */
export const MAX_JOB_ALERTS_PER_PERSON = 5;
/** Subscribing grants (or renews) job_alerts consent for 24 months, like the stay-in-touch choice on leaving. */
export const JOB_ALERT_CONSENT_MONTHS = 24;
export const JOB_ALERT_CONSENT_SOURCE = 'job_alert_subscription';
/** Digests go out from 08:00 Amsterdam time: daily every day, weekly on Monday. */
export const DIGEST_TIME_ZONE = 'Europe/Amsterdam';
export const DIGEST_HOUR = 8;
/** A digest lists at most this many vacancies (newest first); the rest stay unsent and may come next time. */
export const MAX_DIGEST_VACANCIES = 20;

export interface JobAlertCriteria {
  keywords: string;
  functions: string[];
  skills: string[];
  locations: string[];
  employmentTypes: EmploymentType[];
}

/** When job_alerts consent granted at `at` by saving an alert lapses. */
export function jobAlertConsentExpiry(at: Date): Date {
  const result = new Date(at);
  result.setUTCMonth(result.getUTCMonth() + JOB_ALERT_CONSENT_MONTHS);
  return result;
}

/**
 * Whether subscription `s` matches vacancy `v` (SQL, used by the instant and the digest path alike).
 * Every criterion that is filled in must hold; within a criterion one value is enough:
 * employment type, a location contained in the vacancy's location, a skill shared with the vacancy's skills,
 * and the full-text part (`text_query`, generated from keywords AND any function, each with Dutch OR English
 * stemming; see the job_alert_text_query SQL function) against vacancies.search_vector.
 * Subscription arrays are stored lower-case; an alert with nothing filled in matches every vacancy.
 * `vSkills`: the vacancy's skills lower-cased, from {@link vacancySkillsLateral} (computed once per vacancy, not per alert).
 */
export function jobAlertMatchSql(s: string, v: string, vSkills: string): string {
  return `(
    (cardinality(${s}.employment_types) = 0 OR ${v}.employment_type = ANY (${s}.employment_types))
    AND (cardinality(${s}.locations) = 0 OR EXISTS (
      SELECT 1 FROM unnest(${s}.locations) AS jal(location) WHERE strpos(lower(coalesce(${v}.location, '')), jal.location) > 0))
    AND (cardinality(${s}.skills) = 0 OR ${s}.skills && ${vSkills})
    AND (${s}.text_query IS NULL OR ${v}.search_vector @@ ${s}.text_query)
  )`;
}

/** `CROSS JOIN LATERAL` giving `${alias}.skills`: vacancy `v`'s skills trimmed and lower-case (OFFSET 0 keeps it from being inlined per alert). */
export function vacancySkillsLateral(v: string, alias: string): string {
  return `CROSS JOIN LATERAL (SELECT ARRAY(SELECT lower(btrim(jvs.skill)) FROM unnest(${v}.skills) AS jvs(skill)) AS skills OFFSET 0) ${alias}`;
}
