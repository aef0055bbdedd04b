import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { preboardingKeys } from './keys';
import type { PreboardingStarterDetail } from './types';

export async function getPreboardingStarter(personId: string): Promise<PreboardingStarterDetail> {
  return unwrap(await api.GET('/api/preboarding/starters/{personId}', { params: { path: { personId } } }));
}

export const getPreboardingStarterQueryOptions = (personId: string) =>
  queryOptions({ queryKey: preboardingKeys.starter(personId), queryFn: () => getPreboardingStarter(personId) });

export function usePreboardingStarter(personId: string) {
  return useQuery(getPreboardingStarterQueryOptions(personId));
}
