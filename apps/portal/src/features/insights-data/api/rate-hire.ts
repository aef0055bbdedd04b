import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDataKeys } from './keys';
import type { Rating, RatingInput, RatingMonths } from './types';

/** Records (or changes) the 1–5 quality-of-hire rating at 6 or 12 months. */
export async function rateHire({ hireId, months, input }: { hireId: string; months: RatingMonths; input: RatingInput }): Promise<Rating> {
  return unwrap(await api.PUT('/api/insights/hires/{id}/ratings/{months}', { params: { path: { id: hireId, months } }, body: input }));
}

export function useRateHire() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rateHire,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: insightsDataKeys.ratingsDue() }), queryClient.invalidateQueries({ queryKey: insightsDataKeys.hires() })]),
  });
}
