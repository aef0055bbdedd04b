import { unwrap } from '@kring/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { eventKeys } from './keys';

export interface PersonOption {
  id: string;
  label: string;
}

/** People of the organisation matching a name or email, to invite one by one (the people area owns the list). */
export async function searchPeople(q: string): Promise<PersonOption[]> {
  const list = unwrap(await api.GET('/api/people', { params: { query: { q, limit: 20 } } }));
  return list.items.map((p) => ({ id: p.id, label: `${`${p.firstName} ${p.lastName}`.trim()}${p.email ? ` (${p.email})` : ''}` }));
}

export const searchPeopleQueryOptions = (q: string) =>
  queryOptions({ queryKey: [...eventKeys.all, 'people', q] as const, queryFn: () => searchPeople(q) });

export function usePeopleSearch(q: string) {
  return useQuery({ ...searchPeopleQueryOptions(q), enabled: q.length >= 2, placeholderData: keepPreviousData });
}
