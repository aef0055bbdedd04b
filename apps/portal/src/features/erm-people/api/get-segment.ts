import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { segmentKeys } from './keys';
import type { Segment } from './types';

export async function getSegment(id: string): Promise<Segment> {
  return unwrap(await api.GET('/api/segments/{id}', { params: { path: { id } } }));
}

export const getSegmentQueryOptions = (id: string) => queryOptions({ queryKey: segmentKeys.detail(id), queryFn: () => getSegment(id) });

export function useSegment(id: string | undefined) {
  return useQuery({ ...getSegmentQueryOptions(id ?? ''), enabled: !!id });
}
