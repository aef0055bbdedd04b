import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { eventKeys } from './keys';
import type { EventInvitation } from './types';

export async function listInvitations(id: string): Promise<EventInvitation[]> {
  return unwrap(await api.GET('/api/events/{id}/invitations', { params: { path: { id } } }));
}

export const listInvitationsQueryOptions = (id: string) =>
  queryOptions({ queryKey: eventKeys.invitations(id), queryFn: () => listInvitations(id) });

export function useInvitations(id: string) {
  return useQuery(listInvitationsQueryOptions(id));
}
