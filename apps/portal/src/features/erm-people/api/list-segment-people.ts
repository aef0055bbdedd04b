import { unwrap } from '@kring/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { segmentKeys } from './keys';
import type { SegmentPeople } from './types';

export const SEGMENT_PEOPLE_PAGE_SIZE = 25;

export async function listSegmentPeople(id: string, page: number): Promise<SegmentPeople> {
  return unwrap(
    await api.GET('/api/segments/{id}/people', {
      params: { path: { id }, query: { limit: SEGMENT_PEOPLE_PAGE_SIZE, offset: (page - 1) * SEGMENT_PEOPLE_PAGE_SIZE } },
    }),
  );
}

export const listSegmentPeopleQueryOptions = (id: string, page: number) =>
  queryOptions({ queryKey: segmentKeys.people(id, page), queryFn: () => listSegmentPeople(id, page) });

export function useSegmentPeople(id: string | undefined, page: number) {
  return useQuery({ ...listSegmentPeopleQueryOptions(id ?? '', page), enabled: !!id, placeholderData: keepPreviousData });
}
