import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { matchKeys } from './keys';
import type { LabelLanguage, PersonSkills, PutPersonSkillsInput } from './types';

export async function putMySkills(lang: LabelLanguage, body: PutPersonSkillsInput): Promise<PersonSkills> {
  return unwrap(await api.PUT('/api/me/skills', { params: { query: { lang } }, body }));
}

export function usePutMySkills(lang: LabelLanguage) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PutPersonSkillsInput) => putMySkills(lang, body),
    onSuccess: (skills) => queryClient.setQueryData(matchKeys.mySkills(lang), skills),
  });
}
