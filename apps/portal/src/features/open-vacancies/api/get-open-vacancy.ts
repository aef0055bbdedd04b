import { type OpenVacancy, unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { openVacancyKeys } from './keys';

export async function getOpenVacancy(id: string): Promise<OpenVacancy> {
  return unwrap(await api.GET('/api/open-vacancies/{id}', { params: { path: { id } } }));
}

export const getOpenVacancyQueryOptions = (id: string) =>
  queryOptions({ queryKey: openVacancyKeys.detail(id), queryFn: () => getOpenVacancy(id) });

export function useOpenVacancy(id: string) {
  return useQuery(getOpenVacancyQueryOptions(id));
}
