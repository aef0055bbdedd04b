import { unwrap } from '@kring/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { matchKeys } from './keys';
import type { ListMatchesQuery, MatchList } from './types';

export async function listVacancyMatches(vacancyId: string, query: ListMatchesQuery): Promise<MatchList> {
  return unwrap(await api.GET('/api/vacancies/{id}/matches', { params: { path: { id: vacancyId }, query } }));
}

export const vacancyMatchesQueryOptions = (vacancyId: string, query: ListMatchesQuery) =>
  queryOptions({
    queryKey: matchKeys.matches(vacancyId, query),
    queryFn: () => listVacancyMatches(vacancyId, query),
    placeholderData: keepPreviousData,
  });

export function useVacancyMatches(vacancyId: string, query: ListMatchesQuery) {
  return useQuery(vacancyMatchesQueryOptions(vacancyId, query));
}
