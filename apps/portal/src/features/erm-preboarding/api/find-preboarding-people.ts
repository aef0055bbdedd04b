import { unwrap } from '@kring/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { preboardingKeys } from './keys';
import type { PreboardingPerson } from './types';

export async function findPreboardingPeople(q: string): Promise<PreboardingPerson[]> {
  return unwrap(await api.GET('/api/preboarding/people', { params: { query: q ? { q } : {} } }));
}

export const findPreboardingPeopleQueryOptions = (q: string) => queryOptions({ queryKey: preboardingKeys.people(q), queryFn: () => findPreboardingPeople(q) });

export function usePreboardingPeople(q: string, enabled = true) {
  return useQuery({ ...findPreboardingPeopleQueryOptions(q), enabled, placeholderData: keepPreviousData });
}
