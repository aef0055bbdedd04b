import type { LabelLanguage, ListMatchesQuery } from './types';

export const matchKeys = {
  all: ['match'] as const,
  profiles: (vacancyId: string) => [...matchKeys.all, 'profile', vacancyId] as const,
  profile: (vacancyId: string, lang: LabelLanguage) => [...matchKeys.profiles(vacancyId), lang] as const,
  matchLists: (vacancyId: string) => [...matchKeys.all, 'matches', vacancyId] as const,
  matches: (vacancyId: string, query: ListMatchesQuery) => [...matchKeys.matchLists(vacancyId), query] as const,
  mySkills: (lang: LabelLanguage) => [...matchKeys.all, 'me', lang] as const,
  personSkillProfiles: (personId: string) => [...matchKeys.all, 'person-skill-profile', personId] as const,
  personSkillProfile: (personId: string, lang: LabelLanguage) => [...matchKeys.personSkillProfiles(personId), lang] as const,
  skillSearch: (q: string, lang: LabelLanguage) => [...matchKeys.all, 'skill-search', lang, q] as const,
};
