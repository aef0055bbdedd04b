import { isApiProblem } from '@kring/api-client';
import { problemMessage } from '../../../lib/problems';

/** Codes the page explains in its own words (under mySkills.problems); anything else gets the portal's general message. */
const OWN_CODES = new Set(['file_type_not_allowed', 'file_too_large', 'cv_unreadable', 'cv_encrypted', 'cv_unpacked_too_large', 'cv_no_text', 'rate_limited']);

export function cvProblemText(t: (key: string, options?: Record<string, unknown>) => string, error: unknown): string {
  if (isApiProblem(error) && OWN_CODES.has(error.code)) return t(`mySkills.problems.${error.code}`);
  return problemMessage(t, error);
}
