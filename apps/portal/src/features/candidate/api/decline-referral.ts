import { type DeclineDecision, unwrap } from '@kring/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { candidateReferralKeys } from './keys';

/** Declines; `stopMatching` (Search & Match only) withdraws the matching consent in the same transaction. */
export async function declineReferral({ token, stopMatching }: { token: string; stopMatching: boolean }): Promise<DeclineDecision> {
  return unwrap(await api.POST('/api/candidate/referral/decline', { body: stopMatching ? { token, stopMatching } : { token } }));
}

export function useDeclineReferral() {
  return useMutation({ mutationKey: candidateReferralKeys.answer('decline'), mutationFn: declineReferral });
}
