import { type components, unwrap } from '@kring/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { type RewardLedgerFilters, rewardLedgerKeys } from './keys';

export type RewardLedger = components['schemas']['RewardLedgerOutput'];
export type LedgerReward = components['schemas']['RewardOutput'];

export const REWARD_LEDGER_PAGE_SIZE = 50;

export async function listRewardLedger(filters: RewardLedgerFilters): Promise<RewardLedger> {
  const query = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.programmeId ? { programmeId: filters.programmeId } : {}),
    ...(filters.referrerUserId ? { referrerUserId: filters.referrerUserId } : {}),
    ...(filters.dueFrom ? { dueFrom: filters.dueFrom } : {}),
    ...(filters.dueTo ? { dueTo: filters.dueTo } : {}),
    limit: REWARD_LEDGER_PAGE_SIZE,
    offset: (filters.page - 1) * REWARD_LEDGER_PAGE_SIZE,
  };
  return unwrap(await api.GET('/api/rewards/ledger', { params: { query } }));
}

export const listRewardLedgerQueryOptions = (filters: RewardLedgerFilters) =>
  queryOptions({ queryKey: rewardLedgerKeys.list(filters), queryFn: () => listRewardLedger(filters) });

export function useRewardLedger(filters: RewardLedgerFilters) {
  return useQuery({ ...listRewardLedgerQueryOptions(filters), placeholderData: keepPreviousData });
}
