import { unwrap } from '@kring/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { matchKeys } from './keys';
import type { LabelLanguage, SkillSearchResult } from './types';

export async function searchSkills(q: string, lang: LabelLanguage): Promise<SkillSearchResult[]> {
  return unwrap(await api.GET('/api/match/skills', { params: { query: { q, lang, limit: 10 } } }));
}

/** ESCO skills by a Dutch or English name; asks only from two characters on. */
export const searchSkillsQueryOptions = (q: string, lang: LabelLanguage) =>
  queryOptions({
    queryKey: matchKeys.skillSearch(q, lang),
    queryFn: () => searchSkills(q, lang),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });

export function useSearchSkills(q: string, lang: LabelLanguage) {
  return useQuery(searchSkillsQueryOptions(q, lang));
}
