import { type Session, unwrap } from '@kring/api-client';
import type { Locale } from '@kring/shared-domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { sessionKeys } from './keys';

export interface UpdateMeInput {
  locale: Locale;
}

export async function updateMe(input: UpdateMeInput): Promise<Session> {
  return unwrap(await api.PATCH('/api/me', { body: input }));
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (session) => queryClient.setQueryData(sessionKeys.current(), session),
  });
}
