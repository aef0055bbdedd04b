import { type RefusedReferral, unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { referralKeys } from './keys';

export async function listRefusedReferrals(): Promise<RefusedReferral[]> {
  return unwrap(await api.GET('/api/referrals/refused'));
}

export const listRefusedReferralsQueryOptions = () =>
  queryOptions({ queryKey: referralKeys.refused(), queryFn: listRefusedReferrals });

export function useRefusedReferrals({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...listRefusedReferralsQueryOptions(), enabled });
}
