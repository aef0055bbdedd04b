import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDashboardKeys } from './keys';
import type { KpiOutput, KpiQuery } from './types';

export async function getPhaseFunnelKpi(query: KpiQuery): Promise<KpiOutput> {
  return unwrap(await api.GET('/api/insights/phase-funnel', { params: { query } }));
}

export const phaseFunnelKpiQueryOptions = (query: KpiQuery) =>
  queryOptions({ queryKey: insightsDashboardKeys.kpi('phase-funnel', query), queryFn: () => getPhaseFunnelKpi(query) });

export function usePhaseFunnelKpi(query: KpiQuery) {
  return useQuery(phaseFunnelKpiQueryOptions(query));
}
