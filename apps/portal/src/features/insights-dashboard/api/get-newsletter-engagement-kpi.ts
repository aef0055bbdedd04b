import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDashboardKeys } from './keys';
import type { KpiOutput, KpiQuery } from './types';

export async function getNewsletterEngagementKpi(query: KpiQuery): Promise<KpiOutput> {
  return unwrap(await api.GET('/api/insights/newsletter-engagement', { params: { query } }));
}

export const newsletterEngagementKpiQueryOptions = (query: KpiQuery) =>
  queryOptions({ queryKey: insightsDashboardKeys.kpi('newsletter-engagement', query), queryFn: () => getNewsletterEngagementKpi(query) });

export function useNewsletterEngagementKpi(query: KpiQuery) {
  return useQuery(newsletterEngagementKpiQueryOptions(query));
}
