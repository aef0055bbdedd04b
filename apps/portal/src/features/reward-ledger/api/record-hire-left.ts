import { type components, unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { referralKeys } from '../../pipeline/api/keys';
import { rewardLedgerKeys } from './keys';

type RecordHireLeftInput = components['schemas']['RecordHireLeftInput'];
export type HireLeftOutput = components['schemas']['HireLeftOutput'];

/** The last day of employment and an internal reason (3 to 1000 characters, like the API). */
export const hireLeftSchema = z.object({
  leftOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'ledger.validation.leftOn' }),
  reason: z
    .string()
    .trim()
    .min(1, { error: 'validation.required' })
    .min(3, { error: 'ledger.validation.reasonTooShort' })
    .max(1000, { error: 'validation.tooLong' }),
}) satisfies z.ZodType<RecordHireLeftInput, unknown>;
export type HireLeftFormValues = z.input<typeof hireLeftSchema>;

export async function recordHireLeft({ id, input }: { id: string; input: RecordHireLeftInput }): Promise<HireLeftOutput> {
  return unwrap(await api.POST('/api/referrals/{id}/hire-left', { params: { path: { id } }, body: input }));
}

export function useRecordHireLeft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordHireLeft,
    onSuccess: (result) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: referralKeys.detail(result.referralId) }),
        queryClient.invalidateQueries({ queryKey: rewardLedgerKeys.lists() }),
      ]),
  });
}
