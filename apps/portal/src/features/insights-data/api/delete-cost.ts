import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDataKeys } from './keys';

export async function deleteCost(id: string): Promise<void> {
  unwrap(await api.DELETE('/api/insights/costs/{id}', { params: { path: { id } } }));
}

export function useDeleteCost() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteCost, onSuccess: () => queryClient.invalidateQueries({ queryKey: insightsDataKeys.costs() }) });
}
