import { unwrap } from '@kring/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { type MemberFilters, talentPoolKeys } from './keys';
import type { PoolMemberList } from './types';

export const MEMBERS_PAGE_SIZE = 25;

export async function listTalentPoolMembers(id: string, filters: MemberFilters): Promise<PoolMemberList> {
  const query = { limit: MEMBERS_PAGE_SIZE, offset: (filters.page - 1) * MEMBERS_PAGE_SIZE, ...(filters.q ? { q: filters.q } : {}) };
  return unwrap(await api.GET('/api/talent-pools/{id}/members', { params: { path: { id }, query } }));
}

export const listTalentPoolMembersQueryOptions = (id: string, filters: MemberFilters) =>
  queryOptions({ queryKey: talentPoolKeys.memberPage(id, filters), queryFn: () => listTalentPoolMembers(id, filters) });

export function useTalentPoolMembers(id: string, filters: MemberFilters) {
  return useQuery({ ...listTalentPoolMembersQueryOptions(id, filters), placeholderData: keepPreviousData });
}
