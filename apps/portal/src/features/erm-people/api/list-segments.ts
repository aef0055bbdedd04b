import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { segmentKeys } from './keys';
import type { Segment } from './types';

export async function listSegments(): Promise<Segment[]> {
  return (unwrap(await api.GET('/api/segments'))).items;
}

export const listSegmentsQueryOptions = () => queryOptions({ queryKey: segmentKeys.lists(), queryFn: listSegments });

export function useSegments() {
  return useQuery(listSegmentsQueryOptions());
}
