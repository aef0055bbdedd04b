import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDashboardKeys } from './keys';
import type { KpiOutput, KpiQuery } from './types';

export async function getReferralFunnelKpi(query: KpiQuery): Promise<KpiOutput> {
  return unwrap(await api.GET('/api/insights/referral-funnel', { params: { query } }));
}

export const referralFunnelKpiQueryOptions = (query: KpiQuery) =>
  queryOptions({ queryKey: insightsDashboardKeys.kpi('referral-funnel', query), queryFn: () => getReferralFunnelKpi(query) });

export function useReferralFunnelKpi(query: KpiQuery) {
  return useQuery(referralFunnelKpiQueryOptions(query));
}
