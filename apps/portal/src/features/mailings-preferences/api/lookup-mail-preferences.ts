import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { mailPreferencesKeys } from './keys';
import type { PublicMailPreferences } from './types';

export async function lookupMailPreferences(token: string): Promise<PublicMailPreferences> {
  return unwrap(await api.POST('/api/public/mailings/preferences/lookup', { body: { token } }));
}

export const lookupMailPreferencesQueryOptions = (token: string) =>
  queryOptions({ queryKey: mailPreferencesKeys.link(token), queryFn: () => lookupMailPreferences(token), retry: false });

export function useLinkMailPreferences(token: string) {
  return useQuery({ ...lookupMailPreferencesQueryOptions(token), enabled: token.length > 0 });
}
