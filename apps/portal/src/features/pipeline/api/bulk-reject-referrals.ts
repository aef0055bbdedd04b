import { type BulkRejectInput, type BulkRejectOutput, unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { referralKeys } from './keys';

export const bulkRejectSchema = z.object({
  reason: z.string().trim().min(1, { error: 'validation.required' }).max(1000, { error: 'validation.tooLong' }),
  shareable: z.boolean(),
}) satisfies z.ZodType<Omit<BulkRejectInput, 'ids'>, unknown>;
export type BulkRejectFormValues = z.input<typeof bulkRejectSchema>;

/** The API takes at most this many referrals per request. */
export const BULK_REJECT_MAX = 100;

export async function bulkRejectReferrals(input: BulkRejectInput): Promise<BulkRejectOutput> {
  return unwrap(await api.POST('/api/referrals/bulk-reject', { body: input }));
}

export function useBulkRejectReferrals() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bulkRejectReferrals,
    // Details of the rejected referrals changed too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: referralKeys.all }),
  });
}
