import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { eventKeys } from './keys';
import type { EventDetails } from './types';

export async function cancelEvent(id: string): Promise<EventDetails> {
  return unwrap(await api.POST('/api/events/{id}/cancel', { params: { path: { id } } }));
}

export function useCancelEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelEvent,
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.detail(event.id), event);
      return queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
    },
  });
}
