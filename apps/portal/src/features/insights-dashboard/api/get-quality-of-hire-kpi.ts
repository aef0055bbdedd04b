import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDashboardKeys } from './keys';
import type { KpiOutput, KpiQuery } from './types';

export async function getQualityOfHireKpi(query: KpiQuery): Promise<KpiOutput> {
  return unwrap(await api.GET('/api/insights/quality-of-hire', { params: { query } }));
}

export const qualityOfHireKpiQueryOptions = (query: KpiQuery) =>
  queryOptions({ queryKey: insightsDashboardKeys.kpi('quality-of-hire', query), queryFn: () => getQualityOfHireKpi(query) });

export function useQualityOfHireKpi(query: KpiQuery) {
  return useQuery(qualityOfHireKpiQueryOptions(query));
}
