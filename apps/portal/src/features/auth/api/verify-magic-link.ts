import { type Session, unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { sessionKeys } from './keys';

export async function verifyMagicLink(token: string): Promise<Session> {
  return unwrap(await api.POST('/api/auth/magic-link/verify', { body: { token } }));
}

export function useVerifyMagicLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyMagicLink,
    onSuccess: (session) => queryClient.setQueryData(sessionKeys.current(), session),
  });
}
