import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDashboardKeys } from './keys';
import type { KpiOutput, KpiQuery } from './types';

export async function getTimeToHireKpi(query: KpiQuery): Promise<KpiOutput> {
  return unwrap(await api.GET('/api/insights/time-to-hire', { params: { query } }));
}

export const timeToHireKpiQueryOptions = (query: KpiQuery) =>
  queryOptions({ queryKey: insightsDashboardKeys.kpi('time-to-hire', query), queryFn: () => getTimeToHireKpi(query) });

export function useTimeToHireKpi(query: KpiQuery) {
  return useQuery(timeToHireKpiQueryOptions(query));
}
