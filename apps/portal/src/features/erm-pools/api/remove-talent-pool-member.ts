import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { talentPoolKeys } from './keys';

export async function removeTalentPoolMember({ id, personId }: { id: string; personId: string }): Promise<void> {
  unwrap(await api.DELETE('/api/talent-pools/{id}/members/{personId}', { params: { path: { id, personId } } }));
}

export function useRemoveTalentPoolMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeTalentPoolMember,
    onSuccess: (_result, { id }) =>
      Promise.all([queryClient.invalidateQueries({ queryKey: talentPoolKeys.detail(id) }), queryClient.invalidateQueries({ queryKey: talentPoolKeys.lists() })]),
  });
}
