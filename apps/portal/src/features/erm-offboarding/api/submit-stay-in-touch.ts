import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { offboardingKeys } from './keys';
import type { StayInTouch, StayInTouchPurpose } from './types';

export async function submitStayInTouch(input: { token: string; purposes: StayInTouchPurpose[] }): Promise<StayInTouch> {
  return unwrap(await api.POST('/api/stay-in-touch', { body: input }));
}

export function useSubmitStayInTouch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitStayInTouch,
    onSuccess: (data, input) => queryClient.setQueryData(offboardingKeys.stayInTouch(input.token), data),
  });
}
