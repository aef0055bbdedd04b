import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { offboardingKeys } from './keys';
import { OFFBOARDING_REASONS, type CreateOffboardingInput, type Offboarding, type OffboardingReason } from './types';

export const offboardingSchema = z.object({
  leavingDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.required' }),
  reason: z.enum(OFFBOARDING_REASONS as [OffboardingReason, ...OffboardingReason[]], { error: 'validation.required' }),
  eligibleForRehire: z.boolean(),
  note: z.string().trim().max(2000, { error: 'validation.tooLong' }),
  /** Optional: the stay-in-touch mail goes there and it becomes the alumnus login (the work mailbox closes). */
  privateEmail: z.union([z.literal(''), z.string().trim().pipe(z.email({ error: 'validation.email' }))]),
});
export type OffboardingFormValues = z.input<typeof offboardingSchema>;

export async function createOffboarding(input: CreateOffboardingInput): Promise<Offboarding> {
  return unwrap(await api.POST('/api/offboardings', { body: input }));
}

export function useCreateOffboarding() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createOffboarding, onSuccess: () => queryClient.invalidateQueries({ queryKey: offboardingKeys.all }) });
}
