import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { mySkillsKeys } from './keys';
import type { LabelLanguage, MyConceptsInput, SkillProfile } from './types';

export async function removeMySkills(lang: LabelLanguage, body: MyConceptsInput): Promise<SkillProfile> {
  return unwrap(await api.POST('/api/me/skills/remove', { params: { query: { lang } }, body }));
}

export function useRemoveMySkills(lang: LabelLanguage) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MyConceptsInput) => removeMySkills(lang, body),
    onSuccess: (profile) => queryClient.setQueryData(mySkillsKeys.profile(lang), profile),
  });
}
