import type { LabelLanguage } from './types';

export const mySkillsKeys = {
  all: ['my-skills'] as const,
  profile: (lang: LabelLanguage) => [...mySkillsKeys.all, 'profile', lang] as const,
};
