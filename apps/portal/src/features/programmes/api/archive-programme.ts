import { type Programme, unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { programmeKeys } from './keys';

export async function archiveProgramme(id: string): Promise<Programme> {
  return unwrap(await api.POST('/api/programmes/{id}/archive', { params: { path: { id } } }));
}

export function useArchiveProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: archiveProgramme,
    onSuccess: (programme) => {
      queryClient.setQueryData(programmeKeys.detail(programme.id), programme);
      return queryClient.invalidateQueries({ queryKey: programmeKeys.lists() });
    },
  });
}
