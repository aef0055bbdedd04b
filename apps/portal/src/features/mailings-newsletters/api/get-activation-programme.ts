import { type Programme, unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { newsletterKeys } from './keys';

/** The programme an activation mail is for (its name and status on the "new activation mail" page). */
export async function getActivationProgramme(id: string): Promise<Programme> {
  return unwrap(await api.GET('/api/programmes/{id}', { params: { path: { id } } }));
}

export const getActivationProgrammeQueryOptions = (id: string) =>
  queryOptions({ queryKey: newsletterKeys.programme(id), queryFn: () => getActivationProgramme(id) });

export function useActivationProgramme(id: string) {
  return useQuery({ ...getActivationProgrammeQueryOptions(id), enabled: !!id });
}
