import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { peopleKeys } from './keys';
import type { PersonDetail, UpdatePersonInput } from './types';

const optional = (max: number) => z.string().trim().max(max, { error: 'validation.tooLong' });

export const personProfileSchema = z.object({
  firstName: z.string().trim().min(1, { error: 'validation.required' }).max(100, { error: 'validation.tooLong' }),
  lastName: optional(100),
  email: z.string().trim().pipe(z.union([z.literal(''), z.email({ error: 'validation.email' })])),
  phone: optional(40),
  locale: z.enum(['nl', 'en']),
  location: optional(100),
  functionTitle: optional(100),
  department: optional(100),
  skills: z.array(z.string()),
  tags: z.array(z.string()),
});
export type PersonProfileFormValues = z.input<typeof personProfileSchema>;

/** Empty text fields clear the value on the server. */
export function toUpdateInput(values: z.output<typeof personProfileSchema>): UpdatePersonInput {
  return {
    ...values,
    email: values.email || null,
    phone: values.phone || null,
    location: values.location || null,
    functionTitle: values.functionTitle || null,
    department: values.department || null,
  };
}

export async function updatePerson({ id, input }: { id: string; input: UpdatePersonInput }): Promise<PersonDetail> {
  return unwrap(await api.PATCH('/api/people/{id}', { params: { path: { id } }, body: input }));
}

export function useUpdatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePerson,
    onSuccess: (person) => {
      queryClient.setQueryData(peopleKeys.detail(person.id), person);
      return queryClient.invalidateQueries({ queryKey: peopleKeys.lists() });
    },
  });
}
