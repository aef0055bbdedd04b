import { unwrap } from '@kring/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { eventKeys, type EventsWhen } from './keys';
import type { EventList } from './types';

export const EVENTS_PAGE_SIZE = 20;

export async function listEvents(filters: { when: EventsWhen; page: number }): Promise<EventList> {
  const query = { when: filters.when, limit: EVENTS_PAGE_SIZE, offset: (filters.page - 1) * EVENTS_PAGE_SIZE };
  return unwrap(await api.GET('/api/events', { params: { query } }));
}

export const listEventsQueryOptions = (filters: { when: EventsWhen; page: number }) =>
  queryOptions({ queryKey: eventKeys.list(filters), queryFn: () => listEvents(filters) });

export function useEvents(filters: { when: EventsWhen; page: number }) {
  return useQuery({ ...listEventsQueryOptions(filters), placeholderData: keepPreviousData });
}
