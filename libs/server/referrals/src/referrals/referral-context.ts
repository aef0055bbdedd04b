import type { Locale, Stage } from '@kring/shared-domain';

/** Everything the mails about one referral need, loaded in one query. */
export interface ReferralContext {
  referralId: string;
  organisationName: string;
  organisationDefaultLocale: Locale;
  stage: Stage;
  candidateName: string | null;
  candidateEmail: string | null;
  candidateLocale: Locale;
  candidatePersonId: string | null;
  vacancyTitle: string | null;
  referrerUserId: string;
  referrerEmail: string;
  referrerFirstName: string;
  referrerLastName: string;
  referrerLocale: Locale;
  referrerPersonId: string;
  referrerActive: boolean;
  source: 'referral_form' | 'share_link' | 'match';
  /** Source 'match': the skills the candidate matched on (candidate's language) and HR's note (stored as motivation). */
  matchSkills: string[] | null;
  motivation: string | null;
}

export const REFERRAL_CONTEXT_SQL = `
  SELECT r.id AS "referralId", o.name AS "organisationName", o.default_locale AS "organisationDefaultLocale",
         r.stage, r.candidate_name AS "candidateName", r.candidate_email AS "candidateEmail",
         r.candidate_locale AS "candidateLocale", r.candidate_person_id AS "candidatePersonId",
         v.title AS "vacancyTitle", u.id AS "referrerUserId", u.email AS "referrerEmail",
         p.first_name AS "referrerFirstName", p.last_name AS "referrerLastName", u.locale AS "referrerLocale",
         u.person_id AS "referrerPersonId", (u.status = 'active') AS "referrerActive", r.source,
         r.match_skills AS "matchSkills", r.motivation
    FROM referrals r
    JOIN organisations o ON o.id = r.organisation_id
    JOIN users u ON u.id = r.referrer_user_id
    JOIN people p ON p.id = u.person_id
    LEFT JOIN vacancies v ON v.id = r.vacancy_id
   WHERE r.organisation_id = $1 AND r.id = $2`;
