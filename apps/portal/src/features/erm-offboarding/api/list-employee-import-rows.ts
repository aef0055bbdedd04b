import { unwrap } from '@kring/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { offboardingKeys } from './keys';
import type { EmployeeImportRows } from './types';

export const IMPORT_ROWS_PAGE_SIZE = 100;

export async function listEmployeeImportRows(id: string, show: 'all' | 'notable', page: number): Promise<EmployeeImportRows> {
  return unwrap(
    await api.GET('/api/employee-imports/{id}/rows', {
      params: { path: { id }, query: { show, limit: IMPORT_ROWS_PAGE_SIZE, offset: (page - 1) * IMPORT_ROWS_PAGE_SIZE } },
    }),
  );
}

export const listEmployeeImportRowsQueryOptions = (id: string, show: 'all' | 'notable', page: number) =>
  queryOptions({ queryKey: offboardingKeys.importRows(id, show, page), queryFn: () => listEmployeeImportRows(id, show, page) });

export function useEmployeeImportRows(id: string, show: 'all' | 'notable', page: number) {
  return useQuery({ ...listEmployeeImportRowsQueryOptions(id, show, page), placeholderData: keepPreviousData });
}
