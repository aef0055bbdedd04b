import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDashboardKeys } from './keys';
import type { KpiOutput, KpiQuery } from './types';

export async function getJobAlertEngagementKpi(query: KpiQuery): Promise<KpiOutput> {
  return unwrap(await api.GET('/api/insights/job-alert-engagement', { params: { query } }));
}

export const jobAlertEngagementKpiQueryOptions = (query: KpiQuery) =>
  queryOptions({ queryKey: insightsDashboardKeys.kpi('job-alert-engagement', query), queryFn: () => getJobAlertEngagementKpi(query) });

export function useJobAlertEngagementKpi(query: KpiQuery) {
  return useQuery(jobAlertEngagementKpiQueryOptions(query));
}
