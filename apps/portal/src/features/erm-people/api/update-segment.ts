import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { segmentKeys } from './keys';
import type { Segment, UpdateSegmentInput } from './types';

export async function updateSegment({ id, input }: { id: string; input: UpdateSegmentInput }): Promise<Segment> {
  return unwrap(await api.PATCH('/api/segments/{id}', { params: { path: { id } }, body: input }));
}

export function useUpdateSegment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSegment,
    onSuccess: (segment) => {
      queryClient.setQueryData(segmentKeys.detail(segment.id), segment);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: segmentKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: [...segmentKeys.detail(segment.id), 'people'] }),
      ]);
    },
  });
}
