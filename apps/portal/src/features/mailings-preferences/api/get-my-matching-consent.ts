import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { mailPreferencesKeys } from './keys';
import type { MatchingConsent } from './types';

export async function getMyMatchingConsent(): Promise<MatchingConsent> {
  return unwrap(await api.GET('/api/me/matching-consent'));
}

export const getMyMatchingConsentQueryOptions = () => queryOptions({ queryKey: mailPreferencesKeys.matching(), queryFn: getMyMatchingConsent });

export function useMyMatchingConsent() {
  return useQuery(getMyMatchingConsentQueryOptions());
}
