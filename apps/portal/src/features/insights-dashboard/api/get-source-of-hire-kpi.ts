import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDashboardKeys } from './keys';
import type { KpiOutput, KpiQuery } from './types';

export async function getSourceOfHireKpi(query: KpiQuery): Promise<KpiOutput> {
  return unwrap(await api.GET('/api/insights/source-of-hire', { params: { query } }));
}

export const sourceOfHireKpiQueryOptions = (query: KpiQuery) =>
  queryOptions({ queryKey: insightsDashboardKeys.kpi('source-of-hire', query), queryFn: () => getSourceOfHireKpi(query) });

export function useSourceOfHireKpi(query: KpiQuery) {
  return useQuery(sourceOfHireKpiQueryOptions(query));
}
