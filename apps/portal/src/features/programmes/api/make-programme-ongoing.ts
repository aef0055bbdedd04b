import { type Programme, unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { programmeKeys } from './keys';

export async function makeProgrammeOngoing(id: string): Promise<Programme> {
  return unwrap(await api.POST('/api/programmes/{id}/make-ongoing', { params: { path: { id } } }));
}

export function useMakeProgrammeOngoing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: makeProgrammeOngoing,
    onSuccess: (programme) => {
      queryClient.setQueryData(programmeKeys.detail(programme.id), programme);
      return queryClient.invalidateQueries({ queryKey: programmeKeys.lists() });
    },
  });
}
