import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDataKeys } from './keys';
import type { ProgrammeOption } from './types';

/** Programmes a cost can count towards (its ROI investment): the first 100, enough for a select. */
export async function listProgrammeOptions(): Promise<ProgrammeOption[]> {
  return unwrap(await api.GET('/api/programmes', { params: { query: { limit: 100 } } })).items;
}

export const listProgrammeOptionsQueryOptions = () =>
  queryOptions({ queryKey: insightsDataKeys.programmes(), queryFn: listProgrammeOptions, staleTime: 5 * 60_000 });

export function useProgrammeOptions() {
  return useQuery(listProgrammeOptionsQueryOptions());
}
