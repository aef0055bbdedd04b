import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { mailPreferencesKeys } from './keys';
import type { MatchingConsent } from './types';

export async function setMyMatchingConsent(granted: boolean): Promise<MatchingConsent> {
  return unwrap(await api.PUT('/api/me/matching-consent', { body: { granted } }));
}

export function useSetMyMatchingConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setMyMatchingConsent,
    onSuccess: (data) => {
      queryClient.setQueryData(mailPreferencesKeys.matching(), data);
      // The /my-skills page shows the same consent.
      return queryClient.invalidateQueries({ queryKey: ['my-skills'] });
    },
  });
}
