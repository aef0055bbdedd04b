import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { eventKeys } from './keys';
import type { EventDetails } from './types';

export async function getEvent(id: string): Promise<EventDetails> {
  return unwrap(await api.GET('/api/events/{id}', { params: { path: { id } } }));
}

export const getEventQueryOptions = (id: string) => queryOptions({ queryKey: eventKeys.detail(id), queryFn: () => getEvent(id) });

export function useEvent(id: string) {
  return useQuery(getEventQueryOptions(id));
}
