import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { preboardingKeys } from './keys';
import type { PreboardingStarterDetail } from './types';

export async function setPreboardingHrTaskDone(input: { personId: string; taskId: string; done: boolean }): Promise<PreboardingStarterDetail> {
  return unwrap(
    await api.POST('/api/preboarding/starters/{personId}/tasks/{taskId}', {
      params: { path: { personId: input.personId, taskId: input.taskId } },
      body: { done: input.done },
    }),
  );
}

export function useSetPreboardingHrTaskDone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setPreboardingHrTaskDone,
    onSuccess: (detail) => {
      queryClient.setQueryData(preboardingKeys.starter(detail.personId), detail);
      return queryClient.invalidateQueries({ queryKey: preboardingKeys.starterList() });
    },
  });
}
