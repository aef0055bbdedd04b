import { unwrap } from '@kring/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { type HireListParams, insightsDataKeys, listQuery } from './keys';
import type { HireList } from './types';

export async function listHires(params: HireListParams): Promise<HireList> {
  return unwrap(await api.GET('/api/insights/hires', { params: { query: listQuery(params) } }));
}

export const listHiresQueryOptions = (params: HireListParams) =>
  queryOptions({ queryKey: insightsDataKeys.hireList(params), queryFn: () => listHires(params) });

export function useHires(params: HireListParams) {
  return useQuery({ ...listHiresQueryOptions(params), placeholderData: keepPreviousData });
}
