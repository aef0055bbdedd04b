import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { peopleKeys } from './keys';
import type { PersonDetail } from './types';

export async function getPerson(id: string): Promise<PersonDetail> {
  return unwrap(await api.GET('/api/people/{id}', { params: { path: { id } } }));
}

export const getPersonQueryOptions = (id: string) => queryOptions({ queryKey: peopleKeys.detail(id), queryFn: () => getPerson(id) });

export function usePerson(id: string) {
  return useQuery(getPersonQueryOptions(id));
}
