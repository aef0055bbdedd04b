export interface MemberFilters {
  page: number;
  q?: string;
}

export const talentPoolKeys = {
  all: ['talentPools'] as const,
  lists: () => [...talentPoolKeys.all, 'list'] as const,
  list: (includeArchived: boolean) => [...talentPoolKeys.lists(), { includeArchived }] as const,
  details: () => [...talentPoolKeys.all, 'detail'] as const,
  detail: (id: string) => [...talentPoolKeys.details(), id] as const,
  members: (id: string) => [...talentPoolKeys.detail(id), 'members'] as const,
  memberPage: (id: string, filters: MemberFilters) => [...talentPoolKeys.members(id), filters] as const,
  peopleSearch: (q: string) => [...talentPoolKeys.all, 'peopleSearch', q] as const,
  form: (slug: string) => ['talentPoolForm', slug] as const,
};
