import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { mailPreferencesKeys } from './keys';
import type { MailTopicChoice, PublicMailPreferences } from './types';

export async function updateMailPreferences(input: MailTopicChoice & { token: string }): Promise<PublicMailPreferences> {
  return unwrap(await api.PUT('/api/public/mailings/preferences', { body: input }));
}

export function useUpdateMailPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMailPreferences,
    onSuccess: (data, input) => queryClient.setQueryData(mailPreferencesKeys.link(input.token), data),
  });
}
