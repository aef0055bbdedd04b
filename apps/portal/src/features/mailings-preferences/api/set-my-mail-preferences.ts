import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { mailPreferencesKeys } from './keys';
import type { MailPreferences, MailTopicChoice } from './types';

export async function setMyMailPreferences(choice: MailTopicChoice): Promise<MailPreferences> {
  return unwrap(await api.PUT('/api/me/mail-preferences', { body: choice }));
}

export function useSetMyMailPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setMyMailPreferences,
    onSuccess: (data) => queryClient.setQueryData(mailPreferencesKeys.mine(), data),
  });
}
