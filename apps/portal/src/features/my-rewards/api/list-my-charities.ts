import { type components, unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { myRewardKeys } from './keys';

export type ActiveCharity = components['schemas']['CharityOutput'];

/** The charities the organisation lists and a referrer may donate a reward to (active ones only). */
export async function listMyCharities(): Promise<ActiveCharity[]> {
  return unwrap(await api.GET('/api/my/charities'));
}

export const listMyCharitiesQueryOptions = () =>
  queryOptions({ queryKey: myRewardKeys.charities(), queryFn: listMyCharities, staleTime: 5 * 60_000 });

export function useMyCharities({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...listMyCharitiesQueryOptions(), enabled });
}
