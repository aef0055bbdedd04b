import { unwrap } from '@kring/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { peopleKeys } from './keys';
import type { Timeline } from './types';

export const TIMELINE_PAGE_SIZE = 25;

export async function getPersonTimeline(id: string, page: number): Promise<Timeline> {
  return unwrap(
    await api.GET('/api/people/{id}/timeline', {
      params: { path: { id }, query: { limit: TIMELINE_PAGE_SIZE, offset: (page - 1) * TIMELINE_PAGE_SIZE } },
    }),
  );
}

export const getPersonTimelineQueryOptions = (id: string, page: number) =>
  queryOptions({ queryKey: peopleKeys.timeline(id, page), queryFn: () => getPersonTimeline(id, page) });

export function usePersonTimeline(id: string, page: number) {
  return useQuery({ ...getPersonTimelineQueryOptions(id, page), placeholderData: keepPreviousData });
}
