import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { offboardingKeys } from './keys';
import type { EmployeeImport } from './types';

/** How often the page asks for progress while an import is being applied: every second at first, then slower. */
export const IMPORT_POLL_MS = 1000;
export const IMPORT_POLL_MAX_MS = 15_000;

/** The wait before the next poll after `polls` answers: 10 polls at 1 s, then 25 % longer each time, at most 15 s. */
export function importPollDelay(polls: number): number {
  return polls <= 10 ? IMPORT_POLL_MS : Math.min(Math.round(IMPORT_POLL_MS * 1.25 ** (polls - 10)), IMPORT_POLL_MAX_MS);
}

export async function getEmployeeImport(id: string): Promise<EmployeeImport> {
  return unwrap(await api.GET('/api/employee-imports/{id}', { params: { path: { id } } }));
}

export const getEmployeeImportQueryOptions = (id: string) =>
  queryOptions({
    queryKey: offboardingKeys.importDetail(id),
    queryFn: () => getEmployeeImport(id),
    // Poll while the job works, backing off; stop once it is applied or failed (the server marks a dead job failed).
    refetchInterval: (query) => (query.state.data?.status === 'applying' ? importPollDelay(query.state.dataUpdateCount) : false),
  });

export function useEmployeeImport(id: string | null) {
  return useQuery({ ...getEmployeeImportQueryOptions(id ?? ''), enabled: !!id });
}
