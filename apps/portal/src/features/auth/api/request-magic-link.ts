import { throwIfProblem } from '@kring/api-client';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';

export const magicLinkRequestSchema = z.object({
  email: z.string().trim().min(1, { error: 'validation.required' }).pipe(z.email({ error: 'validation.email' })),
});
export type MagicLinkRequestInput = z.infer<typeof magicLinkRequestSchema>;

/** Always answers 202, whether or not the address has an account. */
export async function requestMagicLink(input: MagicLinkRequestInput): Promise<void> {
  throwIfProblem(await api.POST('/api/auth/magic-link', { body: input }));
}

export function useRequestMagicLink() {
  return useMutation({ mutationFn: requestMagicLink });
}
