import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDashboardKeys } from './keys';
import type { KpiOutput, KpiQuery } from './types';

export async function getOfferAcceptanceKpi(query: KpiQuery): Promise<KpiOutput> {
  return unwrap(await api.GET('/api/insights/offer-acceptance', { params: { query } }));
}

export const offerAcceptanceKpiQueryOptions = (query: KpiQuery) =>
  queryOptions({ queryKey: insightsDashboardKeys.kpi('offer-acceptance', query), queryFn: () => getOfferAcceptanceKpi(query) });

export function useOfferAcceptanceKpi(query: KpiQuery) {
  return useQuery(offerAcceptanceKpiQueryOptions(query));
}
