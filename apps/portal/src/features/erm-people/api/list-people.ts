import { unwrap } from '@kring/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { type PeopleListParams, peopleKeys } from './keys';
import type { PersonList } from './types';

export const PEOPLE_PAGE_SIZE = 25;

export async function listPeople(params: PeopleListParams): Promise<PersonList> {
  const { page, q, consentPurpose, ...lists } = params;
  const query = {
    ...Object.fromEntries(Object.entries(lists).filter(([, value]) => Array.isArray(value) && value.length > 0)),
    ...(q ? { q } : {}),
    ...(consentPurpose ? { consentPurpose } : {}),
    limit: PEOPLE_PAGE_SIZE,
    offset: (page - 1) * PEOPLE_PAGE_SIZE,
  };
  return unwrap(await api.GET('/api/people', { params: { query } }));
}

export const listPeopleQueryOptions = (params: PeopleListParams) =>
  queryOptions({ queryKey: peopleKeys.list(params), queryFn: () => listPeople(params) });

export function usePeople(params: PeopleListParams) {
  return useQuery({ ...listPeopleQueryOptions(params), placeholderData: keepPreviousData });
}
