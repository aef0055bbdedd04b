import { type Session, unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { sessionKeys } from './keys';

export const loginSchema = z.object({
  email: z.string().trim().min(1, { error: 'validation.required' }).pipe(z.email({ error: 'validation.email' })),
  password: z.string().min(1, { error: 'validation.required' }),
});
export type LoginInput = z.infer<typeof loginSchema>;

export async function login(input: LoginInput): Promise<Session> {
  return unwrap(await api.POST('/api/auth/login', { body: input }));
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => queryClient.setQueryData(sessionKeys.current(), session),
  });
}
