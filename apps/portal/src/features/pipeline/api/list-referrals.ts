import { type ReferralList, unwrap } from '@kring/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { type ReferralFilters, referralKeys } from './keys';

export const REFERRALS_PAGE_SIZE = 50;

export async function listReferrals(filters: ReferralFilters): Promise<ReferralList> {
  const pageSize = filters.pageSize ?? REFERRALS_PAGE_SIZE;
  const query = {
    ...(filters.stage ? { stage: filters.stage } : {}),
    ...(filters.consentState ? { consentState: filters.consentState } : {}),
    ...(filters.vacancyId ? { vacancyId: filters.vacancyId } : {}),
    ...(filters.programmeId ? { programmeId: filters.programmeId } : {}),
    ...(filters.q ? { q: filters.q } : {}),
    limit: pageSize,
    offset: (filters.page - 1) * pageSize,
  };
  return unwrap(await api.GET('/api/referrals', { params: { query } }));
}

export const listReferralsQueryOptions = (filters: ReferralFilters) =>
  queryOptions({ queryKey: referralKeys.list(filters), queryFn: () => listReferrals(filters) });

export function useReferrals(filters: ReferralFilters) {
  return useQuery({ ...listReferralsQueryOptions(filters), placeholderData: keepPreviousData });
}
