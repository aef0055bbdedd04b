import { type components, unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { rewardLedgerKeys } from './keys';

export type ApproveRewardsOutput = components['schemas']['ApproveRewardsOutput'];

/** The API takes at most this many rewards per request. */
export const APPROVE_REWARDS_MAX = 500;

export async function approveRewards(ids: string[]): Promise<ApproveRewardsOutput> {
  return unwrap(await api.POST('/api/rewards/ledger/approve', { body: { ids } }));
}

export function useApproveRewards() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: approveRewards,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rewardLedgerKeys.lists() }),
  });
}
