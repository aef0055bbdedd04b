import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDashboardKeys } from './keys';

/**
 * The department names the KPIs can filter on (vacancies, hires, offers, people), from the API. The filter also accepts
 * a department typed by hand.
 */
export async function listDepartmentOptions(): Promise<string[]> {
  return unwrap(await api.GET('/api/insights/departments')).items;
}

export const departmentOptionsQueryOptions = () =>
  queryOptions({ queryKey: insightsDashboardKeys.departments(), queryFn: listDepartmentOptions, staleTime: 5 * 60_000 });

export function useDepartmentOptions() {
  return useQuery(departmentOptionsQueryOptions());
}
