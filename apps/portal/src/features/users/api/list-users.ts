import { type UserList, unwrap } from '@kring/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { type UserFilters, userKeys } from './keys';

export const USERS_PAGE_SIZE = 25;

export async function listUsers(filters: UserFilters): Promise<UserList> {
  const query = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.q ? { q: filters.q } : {}),
    limit: USERS_PAGE_SIZE,
    offset: (filters.page - 1) * USERS_PAGE_SIZE,
  };
  return unwrap(await api.GET('/api/users', { params: { query } }));
}

export const listUsersQueryOptions = (filters: UserFilters) =>
  queryOptions({ queryKey: userKeys.list(filters), queryFn: () => listUsers(filters) });

export function useUsers(filters: UserFilters) {
  return useQuery({ ...listUsersQueryOptions(filters), placeholderData: keepPreviousData });
}
