import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDataKeys } from './keys';

export async function deleteHire(id: string): Promise<void> {
  unwrap(await api.DELETE('/api/insights/hires/{id}', { params: { path: { id } } }));
}

export function useDeleteHire() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteHire,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: insightsDataKeys.hires() }), queryClient.invalidateQueries({ queryKey: insightsDataKeys.ratingsDue() })]),
  });
}
