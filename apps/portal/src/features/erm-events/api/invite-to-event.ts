import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { eventKeys } from './keys';
import type { InviteResult } from './types';

export async function inviteToEvent({ id, segmentId }: { id: string; segmentId: string }): Promise<InviteResult> {
  return unwrap(await api.POST('/api/events/{id}/invitations', { params: { path: { id } }, body: { segmentId } }));
}

export function useInviteToEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteToEvent,
    onSuccess: (_result, { id }) => Promise.all([
      queryClient.invalidateQueries({ queryKey: eventKeys.detail(id) }),
      queryClient.invalidateQueries({ queryKey: eventKeys.lists() }),
    ]),
  });
}
