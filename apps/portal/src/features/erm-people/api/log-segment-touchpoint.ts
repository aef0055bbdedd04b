import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { peopleKeys, segmentKeys } from './keys';
import type { LogTouchpointInput, TouchpointsLogged } from './types';

export async function logSegmentTouchpoint({ id, input }: { id: string; input: LogTouchpointInput }): Promise<TouchpointsLogged> {
  return unwrap(await api.POST('/api/segments/{id}/touchpoints', { params: { path: { id } }, body: input }));
}

export function useLogSegmentTouchpoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logSegmentTouchpoint,
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: peopleKeys.all }), queryClient.invalidateQueries({ queryKey: segmentKeys.all })]),
  });
}
