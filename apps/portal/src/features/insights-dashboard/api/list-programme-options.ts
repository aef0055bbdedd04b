import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsDashboardKeys } from './keys';
import type { ProgrammeOption } from './types';

/** Organisations have a handful of programmes; the first 100 (the API's page maximum) are the filter's choices. */
export async function listProgrammeOptions(): Promise<ProgrammeOption[]> {
  const list = unwrap(await api.GET('/api/programmes', { params: { query: { limit: 100 } } }));
  return list.items.map((programme) => ({ value: programme.id, label: programme.name }));
}

export const programmeOptionsQueryOptions = () =>
  queryOptions({ queryKey: insightsDashboardKeys.programmes(), queryFn: listProgrammeOptions, staleTime: 5 * 60_000 });

export function useProgrammeOptions() {
  return useQuery(programmeOptionsQueryOptions());
}
