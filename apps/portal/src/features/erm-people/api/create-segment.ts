import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { segmentKeys } from './keys';
import type { CreateSegmentInput, Segment } from './types';

export const segmentDetailsSchema = z.object({
  name: z.string().trim().min(1, { error: 'validation.required' }).max(120, { error: 'validation.tooLong' }),
  description: z.string().trim().max(2000, { error: 'validation.tooLong' }),
});
export type SegmentDetailsFormValues = z.input<typeof segmentDetailsSchema>;

export async function createSegment(input: CreateSegmentInput): Promise<Segment> {
  return unwrap(await api.POST('/api/segments', { body: input }));
}

export function useCreateSegment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSegment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: segmentKeys.lists() }),
  });
}
