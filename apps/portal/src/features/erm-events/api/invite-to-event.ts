import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { eventKeys } from './keys';
import type { InviteResult } from './types';

export async function inviteToEvent({ id, segmentId, personIds }: { id: string; segmentId?: string; personIds?: string[] }): Promise<InviteResult> {
  const body = { ...(segmentId ? { segmentId } : {}), ...(personIds?.length ? { personIds } : {}) };
  return unwrap(await api.POST('/api/events/{id}/invitations', { params: { path: { id } }, body }));
}

export function useInviteToEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteToEvent,
    onSuccess: (_result, { id }) => Promise.all([
      queryClient.invalidateQueries({ queryKey: eventKeys.detail(id) }),
      queryClient.invalidateQueries({ queryKey: eventKeys.invitations(id) }),
      queryClient.invalidateQueries({ queryKey: eventKeys.lists() }),
    ]),
  });
}
