import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { privacyKeys } from './keys';

/** The person's full name, which HR types to confirm an erasure. */
export async function getPersonName(personId: string): Promise<string> {
  const person = unwrap(await api.GET('/api/people/{id}', { params: { path: { id: personId } } }));
  return `${person.firstName} ${person.lastName}`.trim();
}

export const personNameQuery = (personId: string) => queryOptions({ queryKey: privacyKeys.person(personId), queryFn: () => getPersonName(personId) });

export function usePersonName(personId: string) {
  return useQuery(personNameQuery(personId));
}
