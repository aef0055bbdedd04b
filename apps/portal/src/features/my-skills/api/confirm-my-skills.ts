import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { mySkillsKeys } from './keys';
import type { LabelLanguage, MyConceptsInput, SkillProfile } from './types';

/** Confirms suggestions as the person's own, or adds new concepts (e.g. found by search). */
export async function confirmMySkills(lang: LabelLanguage, body: MyConceptsInput): Promise<SkillProfile> {
  return unwrap(await api.POST('/api/me/skills/confirm', { params: { query: { lang } }, body }));
}

export function useConfirmMySkills(lang: LabelLanguage) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MyConceptsInput) => confirmMySkills(lang, body),
    onSuccess: (profile) => queryClient.setQueryData(mySkillsKeys.profile(lang), profile),
  });
}
