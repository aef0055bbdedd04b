import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDashboardKeys } from './keys';
import type { KpiOutput, KpiQuery } from './types';

export async function getCostPerHireKpi(query: KpiQuery): Promise<KpiOutput> {
  return unwrap(await api.GET('/api/insights/cost-per-hire', { params: { query } }));
}

export const costPerHireKpiQueryOptions = (query: KpiQuery) =>
  queryOptions({ queryKey: insightsDashboardKeys.kpi('cost-per-hire', query), queryFn: () => getCostPerHireKpi(query) });

export function useCostPerHireKpi(query: KpiQuery) {
  return useQuery(costPerHireKpiQueryOptions(query));
}
