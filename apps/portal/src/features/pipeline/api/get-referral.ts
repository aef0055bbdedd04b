import { type ReferralDetail, unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { referralKeys } from './keys';

export async function getReferral(id: string): Promise<ReferralDetail> {
  return unwrap(await api.GET('/api/referrals/{id}', { params: { path: { id } } }));
}

export const getReferralQueryOptions = (id: string) =>
  queryOptions({ queryKey: referralKeys.detail(id), queryFn: () => getReferral(id) });

export function useReferral(id: string) {
  return useQuery(getReferralQueryOptions(id));
}

/** The CV is downloaded by the browser itself (a plain link): the API streams it with its file name. */
export function referralCvUrl(id: string): string {
  return `/api/referrals/${encodeURIComponent(id)}/cv`;
}
