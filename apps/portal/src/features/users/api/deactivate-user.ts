import { type UserSummary, unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { userKeys } from './keys';

export async function deactivateUser(id: string): Promise<UserSummary> {
  return unwrap(await api.POST('/api/users/{id}/deactivate', { params: { path: { id } } }));
}

export function useDeactivateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deactivateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
  });
}
