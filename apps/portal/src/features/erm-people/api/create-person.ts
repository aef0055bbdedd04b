import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { peopleKeys } from './keys';
import type { CreatePersonInput, PersonDetail } from './types';

export const createPersonSchema = z.object({
  firstName: z.string().trim().min(1, { error: 'validation.required' }).max(100, { error: 'validation.tooLong' }),
  lastName: z.string().trim().max(100, { error: 'validation.tooLong' }),
  email: z.string().trim().pipe(z.union([z.literal(''), z.email({ error: 'validation.email' })])),
  phase: z.enum(['information', 'relation', 'orientation', 'entry', 'employment', 'exit']),
});
export type CreatePersonFormValues = z.input<typeof createPersonSchema>;

export async function createPerson(input: CreatePersonInput): Promise<PersonDetail> {
  return unwrap(await api.POST('/api/people', { body: input }));
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPerson,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.lists() }),
  });
}
