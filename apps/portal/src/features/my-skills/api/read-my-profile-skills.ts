import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { mySkillsKeys } from './keys';
import type { LabelLanguage, SkillExtraction } from './types';

export async function readMyProfileSkills(lang: LabelLanguage): Promise<SkillExtraction> {
  return unwrap(await api.POST('/api/me/skills/from-profile', { params: { query: { lang } } }));
}

export function useReadMyProfileSkills(lang: LabelLanguage) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => readMyProfileSkills(lang),
    onSuccess: (result) => queryClient.setQueryData(mySkillsKeys.profile(lang), result.profile),
  });
}
