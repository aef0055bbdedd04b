import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDashboardKeys } from './keys';
import type { KpiOutput, KpiQuery } from './types';

export async function getParticipationKpi(query: KpiQuery): Promise<KpiOutput> {
  return unwrap(await api.GET('/api/insights/participation', { params: { query } }));
}

export const participationKpiQueryOptions = (query: KpiQuery) =>
  queryOptions({ queryKey: insightsDashboardKeys.kpi('participation', query), queryFn: () => getParticipationKpi(query) });

export function useParticipationKpi(query: KpiQuery) {
  return useQuery(participationKpiQueryOptions(query));
}
