import { type OpenVacancyList, unwrap } from '@kring/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { type OpenVacancyFilters, openVacancyKeys } from './keys';

export const OPEN_VACANCIES_PAGE_SIZE = 20;

export async function listOpenVacancies(filters: OpenVacancyFilters): Promise<OpenVacancyList> {
  const query = {
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.department ? { department: filters.department } : {}),
    ...(filters.location ? { location: filters.location } : {}),
    ...(filters.employmentType ? { employmentType: filters.employmentType } : {}),
    limit: OPEN_VACANCIES_PAGE_SIZE,
    offset: (filters.page - 1) * OPEN_VACANCIES_PAGE_SIZE,
  };
  return unwrap(await api.GET('/api/open-vacancies', { params: { query } }));
}

export const listOpenVacanciesQueryOptions = (filters: OpenVacancyFilters) =>
  queryOptions({ queryKey: openVacancyKeys.list(filters), queryFn: () => listOpenVacancies(filters) });

export function useOpenVacancies(filters: OpenVacancyFilters) {
  return useQuery({ ...listOpenVacanciesQueryOptions(filters), placeholderData: keepPreviousData });
}
