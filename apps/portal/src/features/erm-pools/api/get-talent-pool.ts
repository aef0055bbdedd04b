import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { talentPoolKeys } from './keys';
import type { TalentPool } from './types';

export async function getTalentPool(id: string): Promise<TalentPool> {
  return unwrap(await api.GET('/api/talent-pools/{id}', { params: { path: { id } } }));
}

export const getTalentPoolQueryOptions = (id: string) => queryOptions({ queryKey: talentPoolKeys.detail(id), queryFn: () => getTalentPool(id) });

export function useTalentPool(id: string) {
  return useQuery(getTalentPoolQueryOptions(id));
}
