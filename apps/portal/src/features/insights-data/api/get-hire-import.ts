import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDataKeys } from './keys';
import type { HireImport } from './types';

export async function getHireImport(id: string): Promise<HireImport> {
  return unwrap(await api.GET('/api/insights/hire-imports/{id}', { params: { path: { id } } }));
}

export const getHireImportQueryOptions = (id: string) => queryOptions({ queryKey: insightsDataKeys.importDetail(id), queryFn: () => getHireImport(id) });

export function useHireImport(id: string) {
  return useQuery(getHireImportQueryOptions(id));
}
