import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { eventKeys } from './keys';
import type { EventDetails, UpdateEventBody } from './types';

export async function updateEvent({ id, body }: { id: string; body: UpdateEventBody }): Promise<EventDetails> {
  return unwrap(await api.PATCH('/api/events/{id}', { params: { path: { id } }, body }));
}

/** Raising the capacity can promote waitlisted people, so the invitations are refreshed too. */
export function useUpdateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateEvent,
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.detail(event.id), event);
      void queryClient.invalidateQueries({ queryKey: eventKeys.invitations(event.id) });
      return queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
    },
  });
}
