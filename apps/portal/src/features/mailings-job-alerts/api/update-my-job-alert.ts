import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { jobAlertKeys } from './keys';
import type { JobAlert, JobAlertInput } from './types';

export async function updateMyJobAlert({ id, body }: { id: string; body: JobAlertInput }): Promise<JobAlert> {
  return unwrap(await api.PUT('/api/me/job-alerts/{id}', { params: { path: { id } }, body }));
}

export function useUpdateMyJobAlert() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateMyJobAlert, onSuccess: () => queryClient.invalidateQueries({ queryKey: jobAlertKeys.mine() }) });
}
