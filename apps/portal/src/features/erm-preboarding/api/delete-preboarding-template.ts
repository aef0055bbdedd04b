import { throwIfProblem } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { preboardingKeys } from './keys';

export async function deletePreboardingTemplate(id: string): Promise<void> {
  throwIfProblem(await api.DELETE('/api/preboarding/templates/{id}', { params: { path: { id } } }));
}

export function useDeletePreboardingTemplate() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deletePreboardingTemplate, onSuccess: () => queryClient.invalidateQueries({ queryKey: preboardingKeys.templates() }) });
}
