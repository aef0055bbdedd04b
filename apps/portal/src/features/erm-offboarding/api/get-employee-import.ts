import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { offboardingKeys } from './keys';
import type { EmployeeImport } from './types';

/** How often the page asks for progress while an import is being applied. */
export const IMPORT_POLL_MS = 1000;

export async function getEmployeeImport(id: string): Promise<EmployeeImport> {
  return unwrap(await api.GET('/api/employee-imports/{id}', { params: { path: { id } } }));
}

export const getEmployeeImportQueryOptions = (id: string) =>
  queryOptions({
    queryKey: offboardingKeys.importDetail(id),
    queryFn: () => getEmployeeImport(id),
    // Poll while the job works; stop once it is applied or failed.
    refetchInterval: (query) => (query.state.data?.status === 'applying' ? IMPORT_POLL_MS : false),
  });

export function useEmployeeImport(id: string | null) {
  return useQuery({ ...getEmployeeImportQueryOptions(id ?? ''), enabled: !!id });
}
