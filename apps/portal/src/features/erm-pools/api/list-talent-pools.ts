import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { talentPoolKeys } from './keys';
import type { TalentPoolList } from './types';

export async function listTalentPools(includeArchived: boolean): Promise<TalentPoolList> {
  return unwrap(await api.GET('/api/talent-pools', { params: { query: { includeArchived } } }));
}

export const listTalentPoolsQueryOptions = (includeArchived: boolean) =>
  queryOptions({ queryKey: talentPoolKeys.list(includeArchived), queryFn: () => listTalentPools(includeArchived) });

export function useTalentPools(includeArchived: boolean) {
  return useQuery(listTalentPoolsQueryOptions(includeArchived));
}
