import { unwrap, type Vacancy } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { vacancyKeys } from './keys';

export async function getVacancy(id: string): Promise<Vacancy> {
  return unwrap(await api.GET('/api/vacancies/{id}', { params: { path: { id } } }));
}

export const getVacancyQueryOptions = (id: string) =>
  queryOptions({ queryKey: vacancyKeys.detail(id), queryFn: () => getVacancy(id) });

export function useVacancy(id: string) {
  return useQuery(getVacancyQueryOptions(id));
}
