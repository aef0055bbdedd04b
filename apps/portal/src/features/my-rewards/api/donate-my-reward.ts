import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { myRewardKeys } from './keys';
import type { MyReward } from './list-my-rewards';

/** Donates a pending or approved reward to a charity; `charityId: null` takes it back. */
export async function donateMyReward({ id, charityId }: { id: string; charityId: string | null }): Promise<MyReward> {
  return unwrap(await api.POST('/api/my/rewards/{id}/donate', { params: { path: { id } }, body: { charityId } }));
}

export function useDonateMyReward() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: donateMyReward,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myRewardKeys.lists() }),
  });
}
