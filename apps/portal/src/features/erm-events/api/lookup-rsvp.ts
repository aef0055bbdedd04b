import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { eventKeys } from './keys';
import type { Rsvp } from './types';

/** A POST (the token stays out of server logs) that only reads. */
export async function lookupRsvp(token: string): Promise<Rsvp> {
  return unwrap(await api.POST('/api/events/rsvp/lookup', { body: { token } }));
}

export const lookupRsvpQueryOptions = (token: string) =>
  queryOptions({ queryKey: eventKeys.rsvp(token), queryFn: () => lookupRsvp(token), staleTime: 30_000 });

export function useRsvp(token: string) {
  return useQuery({ ...lookupRsvpQueryOptions(token), enabled: token !== '' });
}

/** Where the calendar file of this invitation is served. */
export const icsUrl = (token: string) => `/api/events/rsvp/ics?token=${encodeURIComponent(token)}`;
