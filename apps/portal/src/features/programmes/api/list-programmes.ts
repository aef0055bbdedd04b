import { type ProgrammeList, unwrap } from '@kring/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { type ProgrammeFilters, programmeKeys } from './keys';

/** Organisations have a handful of programmes; one page holds them all in practice. */
export const PROGRAMMES_PAGE_SIZE = 100;

export async function listProgrammes(filters: ProgrammeFilters): Promise<ProgrammeList> {
  const query = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    limit: PROGRAMMES_PAGE_SIZE,
    offset: (filters.page - 1) * PROGRAMMES_PAGE_SIZE,
  };
  return unwrap(await api.GET('/api/programmes', { params: { query } }));
}

export const listProgrammesQueryOptions = (filters: ProgrammeFilters) =>
  queryOptions({ queryKey: programmeKeys.list(filters), queryFn: () => listProgrammes(filters) });

export function useProgrammes(filters: ProgrammeFilters) {
  return useQuery({ ...listProgrammesQueryOptions(filters), placeholderData: keepPreviousData });
}
