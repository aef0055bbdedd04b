import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { peopleKeys, segmentKeys } from './keys';
import type { MovePeopleInput, MovePeopleResult } from './types';

export const movePeopleSchema = z.object({
  to: z.union([z.enum(['information', 'relation', 'orientation', 'entry', 'employment', 'exit']), z.literal('')]).refine((v) => v !== '', {
    error: 'validation.required',
  }),
  reason: z.string().trim().min(1, { error: 'validation.required' }).max(500, { error: 'validation.tooLong' }),
});
export type MovePeopleFormValues = z.input<typeof movePeopleSchema>;

export const MOVE_PEOPLE_MAX = 1000;

export async function movePeople(input: MovePeopleInput): Promise<MovePeopleResult> {
  return unwrap(await api.POST('/api/people/phase', { body: input }));
}

export function useMovePeople() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: movePeople,
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: peopleKeys.all }), queryClient.invalidateQueries({ queryKey: segmentKeys.all })]),
  });
}
