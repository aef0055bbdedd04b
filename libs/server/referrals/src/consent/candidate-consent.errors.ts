import { DomainError } from '@kring/shared-domain';

/**
 * Stable error codes of the candidate's link pages, local to this folder until they move to ErrorCodes in
 * @kring/shared-domain. Clients may switch on these; never rename one.
 */
export const CandidateConsentErrorCodes = {
  /**
   * "Stop finding me" was asked through the link of a colleague's referral. Only a Search & Match referral reaches a
   * person through their matching consent; a colleague's referral has no matching consent to withdraw. 409, not 404: the
   * link is valid (lookup answers it, and says `source`), the action does not apply to it.
   */
  notMatched: 'candidate_referral_not_matched',
} as const;

export const referralNotMatched = () =>
  new DomainError('conflict', CandidateConsentErrorCodes.notMatched, 'This referral did not come from Search & Match, so there is no matching consent to withdraw');
