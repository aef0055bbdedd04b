import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { preboardingKeys } from './keys';
import type { StarterChecklist } from './types';

export async function setStarterTaskDone(input: { token: string; taskId: string; done: boolean }): Promise<StarterChecklist> {
  return unwrap(
    await api.POST('/api/preboarding/checklist/tasks/{taskId}', { params: { path: { taskId: input.taskId } }, body: { token: input.token, done: input.done } }),
  );
}

export function useSetStarterTaskDone(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { taskId: string; done: boolean }) => setStarterTaskDone({ token, ...input }),
    onSuccess: (checklist) => queryClient.setQueryData(preboardingKeys.checklist(token), checklist),
  });
}
