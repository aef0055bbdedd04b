import { hasConsentSql } from '@kring/server-database';

/** What a newsletter row is for: a newsletter to a segment, or a programme activation mail to eligible referrers. */
export type NewsletterKind = 'newsletter' | 'activation';

/** The consent purpose whose withdrawal is the opt-out of programme mails (legitimate interest: no row = receives them). */
export const PROGRAMME_MAILS_PURPOSE = 'programme_mails';

/** Not erased, an address, not suppressed: every bulk mail. */
const reachableSql = (p: string) => `
  ${p}.email IS NOT NULL AND ${p}.erased_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM mail_suppressions s WHERE s.organisation_id = ${p}.organisation_id AND s.email = ${p}.email)`;

/** The newsletter audience rule, shared by enqueueing and the re-check at send time: newsletter consent, reachable. */
export const newsletterEligibleSql = (p: string, at: string) => `
  ${reachableSql(p)}
  AND EXISTS (SELECT 1 FROM consents c WHERE c.organisation_id = ${p}.organisation_id AND c.person_id = ${p}.id
              AND ${hasConsentSql('c', `'newsletter'`, at)})`;

/** The person did not opt out of programme mails (legitimate interest: only a withdrawal stops them). */
export const notOptedOutOfProgrammeMailsSql = (p: string) => `
  NOT EXISTS (SELECT 1 FROM consents po WHERE po.organisation_id = ${p}.organisation_id AND po.person_id = ${p}.id
              AND po.purpose = '${PROGRAMME_MAILS_PURPOSE}' AND po.status = 'withdrawn')`;

/**
 * The user `u` is an active referrer admitted by programme `pr`: the audiences of ProgrammeResolver.audiencesOf in
 * SQL (employee → employee_flex on a flex contract of person `p`, else employee_permanent; alumnus;
 * external_referrer; hr_admin alone admits nothing).
 */
export const referrerAdmittedSql = (u: string, p: string, pr: string) => `
  ${u}.status = 'active' AND (
    ('employee' = ANY(${u}.roles)
      AND (CASE WHEN ${p}.employment_type = 'flex' THEN 'employee_flex' ELSE 'employee_permanent' END) = ANY(${pr}.audiences))
    OR ('alumnus' = ANY(${u}.roles) AND 'alumnus' = ANY(${pr}.audiences))
    OR ('external_referrer' = ANY(${u}.roles) AND 'external_referrer' = ANY(${pr}.audiences)))`;

/** The programme `pr` may still be mailed about at `at`: not archived and not ended (a scheduled one may be announced). */
export const programmeMailableSql = (pr: string, at: string) => `${pr}.archived_at IS NULL AND (${pr}.ends_at IS NULL OR ${pr}.ends_at > ${at})`;

/**
 * The activation audience rule for person `p` and the programme of newsletter row `n`, shared by enqueueing and the
 * re-check at send time: reachable, not opted out, the programme still mailable, and the person still an active
 * referrer it admits. Someone who left, lost the role, opted out or got suppressed after the enqueue is skipped.
 */
export const activationEligibleSql = (p: string, at: string, n: string) => `
  ${reachableSql(p)}
  AND ${notOptedOutOfProgrammeMailsSql(p)}
  AND EXISTS (SELECT 1 FROM programmes apr JOIN users au ON au.organisation_id = apr.organisation_id
               WHERE apr.organisation_id = ${n}.organisation_id AND apr.id = ${n}.programme_id
                 AND au.person_id = ${p}.id
                 AND ${programmeMailableSql('apr', at)}
                 AND ${referrerAdmittedSql('au', p, 'apr')})`;

/**
 * The re-check at claim time, by the newsletter's kind. `kind` must be `<alias>.kind` of the newsletters row: the
 * activation rule needs that row (its programme).
 */
export const deliveryEligibleSql = (kind: string, p: string, at: string) => {
  const n = /^(\w+)\.kind$/.exec(kind)?.[1];
  if (!n) throw new Error(`deliveryEligibleSql needs "<newsletters alias>.kind", got ${kind}`);
  return `(CASE WHEN ${kind} = 'activation' THEN (${activationEligibleSql(p, at, n)}) ELSE (${newsletterEligibleSql(p, at)}) END)`;
};
