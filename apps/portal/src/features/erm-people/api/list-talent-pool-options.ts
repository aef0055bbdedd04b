import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { segmentKeys } from './keys';
import type { TalentPoolOption } from './types';

/** The organisation's talent pools, to pick from in a segment filter. */
export async function listTalentPoolOptions(): Promise<TalentPoolOption[]> {
  return unwrap(await api.GET('/api/talent-pools')).items;
}

export const listTalentPoolOptionsQueryOptions = () =>
  queryOptions({ queryKey: segmentKeys.pools(), queryFn: listTalentPoolOptions, staleTime: 60_000 });

export function useTalentPoolOptions() {
  return useQuery(listTalentPoolOptionsQueryOptions());
}
