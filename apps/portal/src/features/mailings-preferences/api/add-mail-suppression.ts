import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { mailPreferencesKeys } from './keys';
import type { Suppression } from './types';

export async function addMailSuppression(input: { email: string; detail?: string }): Promise<Suppression> {
  return unwrap(await api.POST('/api/mailings/suppressions', { body: input }));
}

export function useAddMailSuppression() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addMailSuppression,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mailPreferencesKeys.suppressions() }),
  });
}
