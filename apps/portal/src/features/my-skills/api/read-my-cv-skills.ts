import { toApiProblem } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { mySkillsKeys } from './keys';
import type { LabelLanguage, SkillExtraction } from './types';

/** Sends the CV as multipart/form-data (field `cv`); the server reads it, keeps only suggestions, and drops the file. */
export async function readMyCvSkills(lang: LabelLanguage, file: File): Promise<SkillExtraction> {
  const form = new FormData();
  form.append('cv', file, file.name);
  const result = await api.POST('/api/me/skills/cv', { params: { query: { lang } }, body: {} as never, bodySerializer: () => form });
  if (result.error !== undefined || !result.response.ok) throw toApiProblem(result.error, result.response);
  return result.data;
}

export function useReadMyCvSkills(lang: LabelLanguage) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => readMyCvSkills(lang, file),
    onSuccess: (result) => queryClient.setQueryData(mySkillsKeys.profile(lang), result.profile),
  });
}
