import { type MyReferralList, unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { myReferralKeys } from './keys';

export async function listMyReferrals(): Promise<MyReferralList> {
  return unwrap(await api.GET('/api/my/referrals'));
}

export const listMyReferralsQueryOptions = () =>
  queryOptions({ queryKey: myReferralKeys.list(), queryFn: listMyReferrals });

export function useMyReferrals() {
  return useQuery(listMyReferralsQueryOptions());
}
