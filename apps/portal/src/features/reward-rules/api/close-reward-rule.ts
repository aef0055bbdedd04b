import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { rewardRuleKeys } from './keys';
import type { RewardRule } from './list-reward-rules';

/** Ends a version without a successor (e.g. a vacancy override: the programme default applies again). */
export async function closeRewardRule(id: string): Promise<RewardRule> {
  return unwrap(await api.POST('/api/rewards/rules/{id}/close', { params: { path: { id } } }));
}

export function useCloseRewardRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeRewardRule,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rewardRuleKeys.lists() }),
  });
}
