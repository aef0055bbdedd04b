import { type Programme, unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { programmeKeys } from './keys';

export async function getProgramme(id: string): Promise<Programme> {
  return unwrap(await api.GET('/api/programmes/{id}', { params: { path: { id } } }));
}

export const getProgrammeQueryOptions = (id: string) =>
  queryOptions({ queryKey: programmeKeys.detail(id), queryFn: () => getProgramme(id) });

export function useProgramme(id: string) {
  return useQuery(getProgrammeQueryOptions(id));
}
