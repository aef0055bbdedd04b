import { type Programme, unwrap, type UpdateProgrammeInput } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { programmeKeys } from './keys';

export async function updateProgramme({ id, input }: { id: string; input: UpdateProgrammeInput }): Promise<Programme> {
  return unwrap(await api.PATCH('/api/programmes/{id}', { params: { path: { id } }, body: input }));
}

export function useUpdateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProgramme,
    onSuccess: (programme) => {
      queryClient.setQueryData(programmeKeys.detail(programme.id), programme);
      return queryClient.invalidateQueries({ queryKey: programmeKeys.lists() });
    },
  });
}
