import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { jobAlertKeys } from './keys';
import type { JobAlert, JobAlertInput } from './types';

export async function createMyJobAlert(body: JobAlertInput): Promise<JobAlert> {
  return unwrap(await api.POST('/api/me/job-alerts', { body }));
}

export function useCreateMyJobAlert() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createMyJobAlert, onSuccess: () => queryClient.invalidateQueries({ queryKey: jobAlertKeys.mine() }) });
}
