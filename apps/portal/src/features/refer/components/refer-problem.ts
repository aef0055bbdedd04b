import { isApiProblem } from '@kring/api-client';
import { problemMessage } from '../../../lib/problems';
import type { ReferralProblem } from '../api/submit-referral';
import { formatDate } from '../format';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Refusals with their own, referral-specific explanation under `refer.problems.<code>`. */
const REFERRAL_CODES = new Set([
  'referrer_not_eligible',
  'hiring_team_referral',
  'programme_ended',
  'vacancy_not_open',
  'no_programme_applies',
  'self_referral',
]);

export const CV_PROBLEM_CODES = new Set(['file_too_large', 'file_type_not_allowed']);

/** The general message for a refused referral. */
export function referProblemMessage(t: Translate, language: string, error: unknown): string {
  if (isApiProblem(error) && error.code === 'candidate_already_referred') {
    const referredOn = (error as ReferralProblem).referredOn;
    return referredOn
      ? t('refer.problems.candidate_already_referred', { date: formatDate(referredOn, language) })
      : t('refer.problems.candidate_already_referred_undated');
  }
  if (isApiProblem(error) && REFERRAL_CODES.has(error.code)) return t(`refer.problems.${error.code}`);
  return problemMessage(t, error);
}
