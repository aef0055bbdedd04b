import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { mailSettingsKeys } from './keys';
import type { MailSettings, MailSettingsInput } from './types';

export async function setMailSettings(body: MailSettingsInput): Promise<MailSettings> {
  return unwrap(await api.PUT('/api/mailings/settings', { body }));
}

export function useSetMailSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setMailSettings,
    onSuccess: (settings) => queryClient.setQueryData(mailSettingsKeys.settings(), settings),
  });
}
