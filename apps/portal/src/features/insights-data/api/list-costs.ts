import { unwrap } from '@kring/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { type CostListParams, insightsDataKeys, listQuery } from './keys';
import type { CostList } from './types';

/** Costs whose period overlaps `from`–`to`; `totalCents` sums every matching row, not only this page. */
export async function listCosts(params: CostListParams): Promise<CostList> {
  return unwrap(await api.GET('/api/insights/costs', { params: { query: listQuery(params) } }));
}

export const listCostsQueryOptions = (params: CostListParams) =>
  queryOptions({ queryKey: insightsDataKeys.costList(params), queryFn: () => listCosts(params) });

export function useCosts(params: CostListParams) {
  return useQuery({ ...listCostsQueryOptions(params), placeholderData: keepPreviousData });
}
