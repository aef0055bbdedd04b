import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDataKeys } from './keys';
import type { HireImport } from './types';

export async function listHireImports(): Promise<HireImport[]> {
  return unwrap(await api.GET('/api/insights/hire-imports'));
}

export const listHireImportsQueryOptions = () => queryOptions({ queryKey: insightsDataKeys.imports(), queryFn: listHireImports });

export function useHireImports() {
  return useQuery(listHireImportsQueryOptions());
}
