import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDataKeys } from './keys';
import type { Offer, OfferInput } from './types';

export async function updateOffer({ id, input }: { id: string; input: OfferInput }): Promise<Offer> {
  return unwrap(await api.PUT('/api/insights/offers/{id}', { params: { path: { id } }, body: input }));
}

export function useUpdateOffer() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateOffer, onSuccess: () => queryClient.invalidateQueries({ queryKey: insightsDataKeys.offers() }) });
}
