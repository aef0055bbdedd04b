import { type Session, unwrap } from '@kring/api-client';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@kring/shared-domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { invitationKeys, sessionKeys } from './keys';

/** Used only when the invitation asks for a password (HR admins and employees). */
export const choosePasswordSchema = z
  .object({
    password: z
      .string()
      .min(PASSWORD_MIN_LENGTH, { error: 'validation.passwordTooShort' })
      .max(PASSWORD_MAX_LENGTH, { error: 'validation.passwordTooLong' }),
    passwordConfirmation: z.string().min(1, { error: 'validation.required' }),
  })
  .refine((values) => values.password === values.passwordConfirmation, {
    error: 'validation.passwordMismatch',
    path: ['passwordConfirmation'],
  });
export type ChoosePasswordInput = z.infer<typeof choosePasswordSchema>;

export interface AcceptInvitationInput {
  token: string;
  password?: string;
}

export async function acceptInvitation(input: AcceptInvitationInput): Promise<Session> {
  return unwrap(await api.POST('/api/invitations/accept', { body: input }));
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: (session) => {
      queryClient.removeQueries({ queryKey: invitationKeys.all });
      queryClient.setQueryData(sessionKeys.current(), session);
    },
  });
}
