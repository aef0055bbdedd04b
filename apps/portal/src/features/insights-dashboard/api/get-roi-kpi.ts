import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDashboardKeys } from './keys';
import type { KpiOutput, KpiQuery } from './types';

export async function getRoiKpi(query: KpiQuery): Promise<KpiOutput> {
  return unwrap(await api.GET('/api/insights/roi', { params: { query } }));
}

export const roiKpiQueryOptions = (query: KpiQuery) =>
  queryOptions({ queryKey: insightsDashboardKeys.kpi('roi', query), queryFn: () => getRoiKpi(query) });

export function useRoiKpi(query: KpiQuery) {
  return useQuery(roiKpiQueryOptions(query));
}
