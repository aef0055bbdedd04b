import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { offboardingKeys } from './keys';
import type { AlumnusConsents, StayInTouchPurpose } from './types';

export async function setMyAlumnusConsents(purposes: StayInTouchPurpose[]): Promise<AlumnusConsents> {
  return unwrap(await api.PUT('/api/alumni/me/consents', { body: { purposes } }));
}

export function useSetMyAlumnusConsents() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setMyAlumnusConsents,
    onSuccess: (data) => queryClient.setQueryData(offboardingKeys.myConsents(), data),
  });
}
