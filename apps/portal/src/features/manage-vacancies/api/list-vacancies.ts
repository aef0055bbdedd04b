import { unwrap, type VacancyList } from '@kring/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { type VacancyFilters, vacancyKeys } from './keys';

export const VACANCIES_PAGE_SIZE = 25;

export async function listVacancies(filters: VacancyFilters): Promise<VacancyList> {
  const pageSize = filters.pageSize ?? VACANCIES_PAGE_SIZE;
  const query = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.employmentType ? { employmentType: filters.employmentType } : {}),
    ...(filters.department ? { department: filters.department } : {}),
    ...(filters.location ? { location: filters.location } : {}),
    ...(filters.hardToFill !== undefined ? { hardToFill: filters.hardToFill } : {}),
    ...(filters.q ? { q: filters.q } : {}),
    limit: pageSize,
    offset: (filters.page - 1) * pageSize,
  };
  return unwrap(await api.GET('/api/vacancies', { params: { query } }));
}

export const listVacanciesQueryOptions = (filters: VacancyFilters) =>
  queryOptions({ queryKey: vacancyKeys.list(filters), queryFn: () => listVacancies(filters) });

export function useVacancies(filters: VacancyFilters) {
  return useQuery({ ...listVacanciesQueryOptions(filters), placeholderData: keepPreviousData });
}
