import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { talentPoolKeys } from './keys';

export async function addTalentPoolMembers({ id, personIds }: { id: string; personIds: string[] }): Promise<{ added: number }> {
  return unwrap(await api.POST('/api/talent-pools/{id}/members', { params: { path: { id } }, body: { personIds } }));
}

export function useAddTalentPoolMembers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addTalentPoolMembers,
    onSuccess: (_result, { id }) =>
      Promise.all([queryClient.invalidateQueries({ queryKey: talentPoolKeys.detail(id) }), queryClient.invalidateQueries({ queryKey: talentPoolKeys.lists() })]),
  });
}
