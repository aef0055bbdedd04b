import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { offboardingKeys } from './keys';
import type { EmployeeImport } from './types';

export async function listEmployeeImports(): Promise<EmployeeImport[]> {
  return unwrap(await api.GET('/api/employee-imports'));
}

export const listEmployeeImportsQueryOptions = () => queryOptions({ queryKey: offboardingKeys.imports(), queryFn: listEmployeeImports });

export function useEmployeeImports() {
  return useQuery(listEmployeeImportsQueryOptions());
}
