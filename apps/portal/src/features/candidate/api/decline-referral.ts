import { type DeclineDecision, unwrap } from '@kring/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export async function declineReferral(token: string): Promise<DeclineDecision> {
  return unwrap(await api.POST('/api/candidate/referral/decline', { body: { token } }));
}

export function useDeclineReferral() {
  return useMutation({ mutationFn: declineReferral });
}
