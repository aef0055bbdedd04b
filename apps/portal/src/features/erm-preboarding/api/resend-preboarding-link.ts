import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { preboardingKeys } from './keys';

export async function resendPreboardingLink(personId: string): Promise<{ sentTo: string }> {
  return unwrap(await api.POST('/api/preboarding/starters/{personId}/link', { params: { path: { personId } } }));
}

export function useResendPreboardingLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resendPreboardingLink,
    onSuccess: (_result, personId) => queryClient.invalidateQueries({ queryKey: preboardingKeys.starter(personId) }),
  });
}
