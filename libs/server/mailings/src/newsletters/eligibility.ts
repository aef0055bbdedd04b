import { hasConsentSql } from '@kring/server-database';

/** What a newsletter row is for: a newsletter to a segment, or a programme activation mail to eligible referrers. */
export type NewsletterKind = 'newsletter' | 'activation';

/** Not erased, an address, not suppressed: every bulk mail. */
const reachableSql = (p: string) => `
  ${p}.email IS NOT NULL AND ${p}.erased_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM mail_suppressions s WHERE s.organisation_id = ${p}.organisation_id AND s.email = ${p}.email)`;

/** The newsletter audience rule, shared by enqueueing and the re-check at send time: newsletter consent, reachable. */
export const newsletterEligibleSql = (p: string, at: string) => `
  ${reachableSql(p)}
  AND EXISTS (SELECT 1 FROM consents c WHERE c.organisation_id = ${p}.organisation_id AND c.person_id = ${p}.id
              AND ${hasConsentSql('c', `'newsletter'`, at)})`;

/**
 * The activation audience rule at send time (the enqueue selects the programme's eligible referrers). Until the
 * activation work refines it: reachable.
 */
export const activationEligibleSql = (p: string, _at: string) => reachableSql(p);

/** The re-check at claim time, by the newsletter's kind (`kind` is an SQL expression). */
export const deliveryEligibleSql = (kind: string, p: string, at: string) =>
  `(CASE WHEN ${kind} = 'activation' THEN (${activationEligibleSql(p, at)}) ELSE (${newsletterEligibleSql(p, at)}) END)`;
