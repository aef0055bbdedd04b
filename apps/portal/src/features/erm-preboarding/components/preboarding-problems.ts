import { isApiProblem } from '@kring/api-client';
import { problemMessageKey } from '../../../lib/problems';

/** Preboarding's own problem codes have their messages under ermPreboarding.problems; others use the general ones. */
export function preboardingProblemKey(error: unknown): string {
  if (isApiProblem(error) && error.code.startsWith('preboarding_')) return `ermPreboarding.problems.${error.code}`;
  return problemMessageKey(error);
}

/** A dead starter link: expired, unknown, or not a token at all. */
export const isDeadLink = (error: unknown) =>
  isApiProblem(error) && (error.code === 'preboarding_token_invalid' || error.status === 410 || error.status === 400 || error.status === 404);
