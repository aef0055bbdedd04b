import { type InviteUserInput, type UserSummary, unwrap } from '@kring/api-client';
import { LOCALES, ROLES } from '@kring/shared-domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { userKeys } from './keys';

export const inviteUserSchema = z.object({
  email: z.string().trim().min(1, { error: 'validation.required' }).pipe(z.email({ error: 'validation.email' })),
  firstName: z.string().trim().min(1, { error: 'validation.required' }).max(100, { error: 'validation.tooLong' }),
  lastName: z.string().trim().min(1, { error: 'validation.required' }).max(100, { error: 'validation.tooLong' }),
  roles: z.array(z.enum(ROLES)).min(1, { error: 'validation.rolesRequired' }),
  locale: z.enum(LOCALES),
}) satisfies z.ZodType<InviteUserInput, unknown>;
export type InviteUserFormValues = z.input<typeof inviteUserSchema>;

export async function inviteUser(input: InviteUserInput): Promise<UserSummary> {
  return unwrap(await api.POST('/api/users', { body: input }));
}

export function useInviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
  });
}
