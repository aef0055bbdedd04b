import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { talentPoolKeys } from './keys';
import type { TalentPool, UpdateTalentPoolInput } from './types';

export async function updateTalentPool({ id, ...body }: UpdateTalentPoolInput & { id: string }): Promise<TalentPool> {
  return unwrap(await api.PATCH('/api/talent-pools/{id}', { params: { path: { id } }, body }));
}

/** Rename, describe, show on the public form, archive or restore. */
export function useUpdateTalentPool() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTalentPool,
    onSuccess: (pool) => {
      queryClient.setQueryData(talentPoolKeys.detail(pool.id), pool);
      return queryClient.invalidateQueries({ queryKey: talentPoolKeys.lists() });
    },
  });
}
