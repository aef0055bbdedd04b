import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { matchKeys } from './keys';
import type { LabelLanguage, PersonSkills } from './types';

export async function getMySkills(lang: LabelLanguage): Promise<PersonSkills> {
  return unwrap(await api.GET('/api/me/skills', { params: { query: { lang } } }));
}

export const mySkillsQueryOptions = (lang: LabelLanguage) =>
  queryOptions({ queryKey: matchKeys.mySkills(lang), queryFn: () => getMySkills(lang) });

export function useMySkills(lang: LabelLanguage) {
  return useQuery(mySkillsQueryOptions(lang));
}
