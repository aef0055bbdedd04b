import { type components, unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { charityKeys } from './keys';

export type Charity = components['schemas']['CharityOutput'];

export async function listCharities(): Promise<Charity[]> {
  return unwrap(await api.GET('/api/rewards/charities'));
}

export const listCharitiesQueryOptions = () => queryOptions({ queryKey: charityKeys.list(), queryFn: listCharities });

export function useCharities() {
  return useQuery(listCharitiesQueryOptions());
}
