import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { jobAlertKeys } from './keys';

export async function deleteMyJobAlert(id: string): Promise<void> {
  unwrap(await api.DELETE('/api/me/job-alerts/{id}', { params: { path: { id } } }));
}

export function useDeleteMyJobAlert() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteMyJobAlert, onSuccess: () => queryClient.invalidateQueries({ queryKey: jobAlertKeys.mine() }) });
}
