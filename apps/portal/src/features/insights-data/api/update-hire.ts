import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDataKeys } from './keys';
import type { Hire, HireInput } from './types';

/** Replaces every field of a hire of another channel (referral hires are refused with 409). */
export async function updateHire({ id, input }: { id: string; input: HireInput }): Promise<Hire> {
  return unwrap(await api.PUT('/api/insights/hires/{id}', { params: { path: { id } }, body: input }));
}

export function useUpdateHire() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateHire,
    // A changed start or leaving date changes which ratings are due.
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: insightsDataKeys.hires() }), queryClient.invalidateQueries({ queryKey: insightsDataKeys.ratingsDue() })]),
  });
}
