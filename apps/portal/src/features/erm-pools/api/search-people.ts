import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { talentPoolKeys } from './keys';
import type { PersonCandidate } from './types';

/** People to add to a pool: a name or email search over the organisation's people. */
export async function searchPeople(q: string): Promise<PersonCandidate[]> {
  return unwrap(await api.GET('/api/people', { params: { query: { q, limit: 10 } } })).items;
}

export const searchPeopleQueryOptions = (q: string) => queryOptions({ queryKey: talentPoolKeys.peopleSearch(q), queryFn: () => searchPeople(q) });

export function useSearchPeople(q: string) {
  return useQuery({ ...searchPeopleQueryOptions(q), enabled: q.trim().length >= 2 });
}
