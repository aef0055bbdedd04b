import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDashboardKeys } from './keys';
import type { KpiOutput, KpiQuery } from './types';

export async function getRetentionKpi(query: KpiQuery): Promise<KpiOutput> {
  return unwrap(await api.GET('/api/insights/retention', { params: { query } }));
}

export const retentionKpiQueryOptions = (query: KpiQuery) =>
  queryOptions({ queryKey: insightsDashboardKeys.kpi('retention', query), queryFn: () => getRetentionKpi(query) });

export function useRetentionKpi(query: KpiQuery) {
  return useQuery(retentionKpiQueryOptions(query));
}
