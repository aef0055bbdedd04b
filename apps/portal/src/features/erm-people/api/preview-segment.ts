import { unwrap } from '@kring/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { segmentKeys } from './keys';
import type { SegmentFilter, SegmentPeople } from './types';

export const SEGMENT_PREVIEW_SIZE = 10;

/** The editor's live count: how many people an unsaved filter selects, and the first few. */
export async function previewSegment(filter: SegmentFilter): Promise<SegmentPeople> {
  return unwrap(await api.POST('/api/segments/preview', { body: { filter, limit: SEGMENT_PREVIEW_SIZE } }));
}

export const previewSegmentQueryOptions = (filter: SegmentFilter) =>
  queryOptions({ queryKey: segmentKeys.preview(filter), queryFn: () => previewSegment(filter), staleTime: 10_000 });

export function useSegmentPreview(filter: SegmentFilter) {
  return useQuery({ ...previewSegmentQueryOptions(filter), placeholderData: keepPreviousData });
}
