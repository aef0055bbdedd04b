import { type CandidateReferral, unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { candidateReferralKeys } from './keys';

export type HeldData = CandidateReferral['dataHeld'][number];

/** A POST (the token stays out of URLs and logs) that only reads. */
export async function lookupCandidateReferral(token: string): Promise<CandidateReferral> {
  return unwrap(await api.POST('/api/candidate/referral/lookup', { body: { token } }));
}

export const lookupCandidateReferralQueryOptions = (token: string) =>
  queryOptions({
    queryKey: candidateReferralKeys.lookup(token),
    queryFn: () => lookupCandidateReferral(token),
    staleTime: Infinity,
  });

export function useCandidateReferral(token: string) {
  return useQuery({ ...lookupCandidateReferralQueryOptions(token), enabled: token !== '' });
}
