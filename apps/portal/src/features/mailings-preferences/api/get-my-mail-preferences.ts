import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { mailPreferencesKeys } from './keys';
import type { MailPreferences } from './types';

export async function getMyMailPreferences(): Promise<MailPreferences> {
  return unwrap(await api.GET('/api/me/mail-preferences'));
}

export const getMyMailPreferencesQueryOptions = () => queryOptions({ queryKey: mailPreferencesKeys.mine(), queryFn: getMyMailPreferences });

export function useMyMailPreferences() {
  return useQuery(getMyMailPreferencesQueryOptions());
}
