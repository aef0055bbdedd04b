import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDataKeys } from './keys';

export async function deleteOffer(id: string): Promise<void> {
  unwrap(await api.DELETE('/api/insights/offers/{id}', { params: { path: { id } } }));
}

export function useDeleteOffer() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteOffer, onSuccess: () => queryClient.invalidateQueries({ queryKey: insightsDataKeys.offers() }) });
}
