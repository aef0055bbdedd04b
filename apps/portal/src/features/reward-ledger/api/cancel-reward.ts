import { type components, unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { rewardLedgerKeys } from './keys';
import type { LedgerReward } from './list-reward-ledger';

type CancelRewardInput = components['schemas']['CancelRewardInput'];

/** The reason is shown to the referrer; the API wants 3 to 1000 characters. */
export const cancelRewardSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, { error: 'validation.required' })
    .min(3, { error: 'ledger.validation.reasonTooShort' })
    .max(1000, { error: 'validation.tooLong' }),
}) satisfies z.ZodType<CancelRewardInput, unknown>;
export type CancelRewardFormValues = z.input<typeof cancelRewardSchema>;

export async function cancelReward({ id, input }: { id: string; input: CancelRewardInput }): Promise<LedgerReward> {
  return unwrap(await api.POST('/api/rewards/ledger/{id}/cancel', { params: { path: { id } }, body: input }));
}

export function useCancelReward() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelReward,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rewardLedgerKeys.lists() }),
  });
}
