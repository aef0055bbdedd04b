import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { offboardingKeys } from './keys';
import type { Offboarding } from './types';

export async function cancelOffboarding(id: string): Promise<Offboarding> {
  return unwrap(await api.POST('/api/offboardings/{id}/cancel', { params: { path: { id } } }));
}

export function useCancelOffboarding() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: cancelOffboarding, onSuccess: () => queryClient.invalidateQueries({ queryKey: offboardingKeys.all }) });
}
