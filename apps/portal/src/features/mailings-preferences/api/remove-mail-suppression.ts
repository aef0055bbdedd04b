import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { mailPreferencesKeys } from './keys';

export async function removeMailSuppression(email: string): Promise<void> {
  unwrap(await api.DELETE('/api/mailings/suppressions', { params: { query: { email } } }));
}

export function useRemoveMailSuppression() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeMailSuppression,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mailPreferencesKeys.suppressions() }),
  });
}
