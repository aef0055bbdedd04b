import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { offboardingKeys } from './keys';
import type { Offboarding, UpdateOffboardingInput } from './types';

export async function updateOffboarding({ id, input }: { id: string; input: UpdateOffboardingInput }): Promise<Offboarding> {
  return unwrap(await api.PATCH('/api/offboardings/{id}', { params: { path: { id } }, body: input }));
}

export function useUpdateOffboarding() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateOffboarding, onSuccess: () => queryClient.invalidateQueries({ queryKey: offboardingKeys.all }) });
}
