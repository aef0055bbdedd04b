import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { matchKeys } from './keys';
import type { LabelLanguage, PersonSkillExtraction } from './types';

/** Reads the person's function title, department, skills and interests; the server stores the result as suggestions. */
export async function suggestPersonSkills(personId: string, lang: LabelLanguage): Promise<PersonSkillExtraction> {
  return unwrap(await api.POST('/api/people/{id}/skills/from-profile', { params: { path: { id: personId }, query: { lang } } }));
}

export function useSuggestPersonSkills(personId: string, lang: LabelLanguage) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => suggestPersonSkills(personId, lang),
    onSuccess: (result) => queryClient.setQueryData(matchKeys.personSkillProfile(personId, lang), result.profile),
  });
}
