import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { mailSettingsKeys } from './keys';
import type { MailSettings } from './types';

export async function getMailSettings(): Promise<MailSettings> {
  return unwrap(await api.GET('/api/mailings/settings'));
}

export const mailSettingsQueryOptions = () => queryOptions({ queryKey: mailSettingsKeys.settings(), queryFn: getMailSettings });

export function useMailSettings() {
  return useQuery(mailSettingsQueryOptions());
}
