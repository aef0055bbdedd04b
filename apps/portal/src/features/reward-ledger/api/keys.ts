import type { RewardStatus } from '../../my-rewards/api/list-my-rewards';

export interface RewardLedgerFilters {
  status?: RewardStatus;
  programmeId?: string;
  referrerUserId?: string;
  /** Due on or after (YYYY-MM-DD). */
  dueFrom?: string;
  /** Due on or before (YYYY-MM-DD). */
  dueTo?: string;
  page: number;
}

/** HR's reward ledger and payroll exports; distinct from a referrer's own rewards. */
export const rewardLedgerKeys = {
  all: ['rewards', 'ledger'] as const,
  lists: () => [...rewardLedgerKeys.all, 'list'] as const,
  list: (filters: RewardLedgerFilters) => [...rewardLedgerKeys.lists(), filters] as const,
  exports: () => ['rewards', 'exports'] as const,
};
