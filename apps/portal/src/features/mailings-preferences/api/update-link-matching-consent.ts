import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { mailPreferencesKeys } from './keys';
import type { PublicMailPreferences } from './types';

/** Grant (24 months) or withdraw (at once) the matching consent through the mailed link; answers the whole page state. */
export async function updateLinkMatchingConsent(input: { token: string; granted: boolean }): Promise<PublicMailPreferences> {
  return unwrap(await api.PUT('/api/public/mailings/preferences/matching', { body: input }));
}

export function useUpdateLinkMatchingConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateLinkMatchingConsent,
    onSuccess: (data, input) => queryClient.setQueryData(mailPreferencesKeys.link(input.token), data),
  });
}
