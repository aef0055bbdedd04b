import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { mySkillsKeys } from './keys';
import type { LabelLanguage, SkillProfile } from './types';

export async function getMySkillProfile(lang: LabelLanguage): Promise<SkillProfile> {
  return unwrap(await api.GET('/api/me/skill-profile', { params: { query: { lang } } }));
}

export const mySkillProfileQueryOptions = (lang: LabelLanguage) =>
  queryOptions({ queryKey: mySkillsKeys.profile(lang), queryFn: () => getMySkillProfile(lang) });

export function useMySkillProfile(lang: LabelLanguage) {
  return useQuery(mySkillProfileQueryOptions(lang));
}
