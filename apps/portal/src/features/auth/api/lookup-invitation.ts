import { type InvitationLookup, unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { invitationKeys } from './keys';

export async function lookupInvitation(token: string): Promise<InvitationLookup> {
  return unwrap(await api.POST('/api/invitations/lookup', { body: { token } }));
}

export const lookupInvitationQueryOptions = (token: string) =>
  queryOptions({
    queryKey: invitationKeys.lookup(token),
    queryFn: () => lookupInvitation(token),
    enabled: token.length > 0,
    staleTime: Infinity,
  });

export function useInvitationLookup(token: string) {
  return useQuery(lookupInvitationQueryOptions(token));
}
