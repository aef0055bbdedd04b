import { unwrap } from '@kring/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { offboardingKeys } from './keys';
import type { EmployeeList } from './types';

export async function listEmployees(q: string): Promise<EmployeeList> {
  return unwrap(await api.GET('/api/employees', { params: { query: q ? { q } : {} } }));
}

export const listEmployeesQueryOptions = (q: string) => queryOptions({ queryKey: offboardingKeys.employees(q), queryFn: () => listEmployees(q) });

export function useEmployees(q: string) {
  return useQuery({ ...listEmployeesQueryOptions(q), placeholderData: keepPreviousData });
}
