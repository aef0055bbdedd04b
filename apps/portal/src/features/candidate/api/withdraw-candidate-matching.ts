import { unwrap } from '@kring/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { candidateReferralKeys } from './keys';

/** "Niet meer gevonden worden": withdraws the matching consent through the candidate link; the referral stays as it is. */
export async function withdrawCandidateMatching(token: string) {
  return unwrap(await api.POST('/api/candidate/referral/matching/withdraw', { body: { token } }));
}

export function useWithdrawCandidateMatching(token: string) {
  return useMutation({ mutationKey: candidateReferralKeys.withdrawMatching(), mutationFn: () => withdrawCandidateMatching(token) });
}
