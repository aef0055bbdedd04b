import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { matchKeys } from './keys';
import type { LabelLanguage, PersonSkills } from './types';

export async function getPersonSkills(personId: string, lang: LabelLanguage): Promise<PersonSkills> {
  return unwrap(await api.GET('/api/people/{id}/skills', { params: { path: { id: personId }, query: { lang } } }));
}

export const personSkillsQueryOptions = (personId: string, lang: LabelLanguage) =>
  queryOptions({ queryKey: matchKeys.personSkills(personId, lang), queryFn: () => getPersonSkills(personId, lang) });

export function usePersonSkills(personId: string, lang: LabelLanguage) {
  return useQuery(personSkillsQueryOptions(personId, lang));
}
