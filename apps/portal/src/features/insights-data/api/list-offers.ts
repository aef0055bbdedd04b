import { unwrap } from '@kring/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDataKeys, listQuery, type OfferListParams } from './keys';
import type { OfferList } from './types';

export async function listOffers(params: OfferListParams): Promise<OfferList> {
  return unwrap(await api.GET('/api/insights/offers', { params: { query: listQuery(params) } }));
}

export const listOffersQueryOptions = (params: OfferListParams) =>
  queryOptions({ queryKey: insightsDataKeys.offerList(params), queryFn: () => listOffers(params) });

export function useOffers(params: OfferListParams) {
  return useQuery({ ...listOffersQueryOptions(params), placeholderData: keepPreviousData });
}
