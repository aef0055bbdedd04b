import { type components, unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { myRewardKeys } from './keys';

export type MyRewardList = components['schemas']['MyRewardsOutput'];
export type MyReward = components['schemas']['MyRewardOutput'];
export type RewardStatus = components['schemas']['RewardStatus'];
export type RewardTotal = components['schemas']['RewardTotalOutput'];

/** In the order a reward moves through them; cancelled last. */
export const REWARD_STATUSES = ['pending', 'approved', 'paid', 'cancelled'] as const satisfies readonly RewardStatus[];

export async function listMyRewards(): Promise<MyRewardList> {
  return unwrap(await api.GET('/api/my/rewards'));
}

export const listMyRewardsQueryOptions = () => queryOptions({ queryKey: myRewardKeys.list(), queryFn: listMyRewards });

export function useMyRewards() {
  return useQuery(listMyRewardsQueryOptions());
}
