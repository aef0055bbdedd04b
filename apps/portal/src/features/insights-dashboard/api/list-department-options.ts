import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDashboardKeys } from './keys';

/**
 * Kring has no list of departments; the departments of the organisation's vacancies (first 100, any status) are the
 * suggestions. The filter also accepts a department typed by hand (hires imported from an ATS may use others).
 */
export async function listDepartmentOptions(): Promise<string[]> {
  const list = unwrap(await api.GET('/api/vacancies', { params: { query: { limit: 100 } } }));
  const departments = new Set(list.items.map((vacancy) => vacancy.department?.trim()).filter((d): d is string => Boolean(d)));
  return [...departments].sort((a, b) => a.localeCompare(b));
}

export const departmentOptionsQueryOptions = () =>
  queryOptions({ queryKey: insightsDashboardKeys.departments(), queryFn: listDepartmentOptions, staleTime: 5 * 60_000 });

export function useDepartmentOptions() {
  return useQuery(departmentOptionsQueryOptions());
}
