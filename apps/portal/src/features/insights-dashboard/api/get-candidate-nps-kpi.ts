import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDashboardKeys } from './keys';
import type { KpiOutput, KpiQuery } from './types';

export async function getCandidateNpsKpi(query: KpiQuery): Promise<KpiOutput> {
  return unwrap(await api.GET('/api/insights/candidate-nps', { params: { query } }));
}

export const candidateNpsKpiQueryOptions = (query: KpiQuery) =>
  queryOptions({ queryKey: insightsDashboardKeys.kpi('candidate-nps', query), queryFn: () => getCandidateNpsKpi(query) });

export function useCandidateNpsKpi(query: KpiQuery) {
  return useQuery(candidateNpsKpiQueryOptions(query));
}
