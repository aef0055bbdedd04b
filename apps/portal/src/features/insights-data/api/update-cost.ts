import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDataKeys } from './keys';
import type { Cost, CostInput } from './types';

export async function updateCost({ id, input }: { id: string; input: CostInput }): Promise<Cost> {
  return unwrap(await api.PUT('/api/insights/costs/{id}', { params: { path: { id } }, body: input }));
}

export function useUpdateCost() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateCost, onSuccess: () => queryClient.invalidateQueries({ queryKey: insightsDataKeys.costs() }) });
}
