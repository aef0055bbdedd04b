import { isApiProblem } from '@kring/api-client';
import { formatDate } from '../../../lib/format';
import { problemMessage } from '../../../lib/problems';
import type { ReferralProblem } from '../api/submit-referral';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The general message for a refused referral: "already referred" says when, if the server told us. */
export function referProblemMessage(t: Translate, error: unknown): string {
  const referredOn = isApiProblem(error) && error.code === 'candidate_already_referred' ? (error as ReferralProblem).referredOn : undefined;
  if (referredOn) return t('refer.problems.candidate_already_referred', { date: formatDate(referredOn, { length: 'long' }) });
  return problemMessage(t, error);
}
