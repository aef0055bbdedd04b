import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { eventKeys } from './keys';
import type { SegmentOption } from './types';

/** The organisation's segments, to invite one (the people area owns them; this only reads the list). */
export async function listSegments(): Promise<SegmentOption[]> {
  return unwrap(await api.GET('/api/segments')).items;
}

export const listSegmentsQueryOptions = () => queryOptions({ queryKey: eventKeys.segments(), queryFn: listSegments });

export function useSegmentOptions() {
  return useQuery(listSegmentsQueryOptions());
}
