import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { eventKeys } from './keys';
import type { Rsvp, RsvpAnswer } from './types';

export async function answerRsvp({ token, answer }: { token: string; answer: RsvpAnswer }): Promise<Rsvp> {
  return unwrap(await api.POST('/api/events/rsvp', { body: { token, answer } }));
}

export function useAnswerRsvp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerRsvp,
    onSuccess: (rsvp, { token }) => queryClient.setQueryData(eventKeys.rsvp(token), rsvp),
  });
}
