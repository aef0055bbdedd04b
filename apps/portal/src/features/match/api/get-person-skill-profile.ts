import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { matchKeys } from './keys';
import type { LabelLanguage, PersonSkillProfile } from './types';

export async function getPersonSkillProfile(personId: string, lang: LabelLanguage): Promise<PersonSkillProfile> {
  return unwrap(await api.GET('/api/people/{id}/skill-profile', { params: { path: { id: personId }, query: { lang } } }));
}

export const personSkillProfileQueryOptions = (personId: string, lang: LabelLanguage) =>
  queryOptions({ queryKey: matchKeys.personSkillProfile(personId, lang), queryFn: () => getPersonSkillProfile(personId, lang) });

/** HR's view of a person's skills (confirmed by the person, set by HR, suggested with evidence) and matching consent. */
export function usePersonSkillProfile(personId: string, lang: LabelLanguage) {
  return useQuery(personSkillProfileQueryOptions(personId, lang));
}
