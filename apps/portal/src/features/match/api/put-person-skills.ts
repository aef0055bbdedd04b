import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { matchKeys } from './keys';
import type { LabelLanguage, PersonSkills, PutPersonSkillsInput } from './types';

export async function putPersonSkills(personId: string, lang: LabelLanguage, body: PutPersonSkillsInput): Promise<PersonSkills> {
  return unwrap(await api.PUT('/api/people/{id}/skills', { params: { path: { id: personId }, query: { lang } }, body }));
}

/** HR sets a person's skills (source hr); a person's own confirmations are kept by the server. */
export function usePutPersonSkills(personId: string, lang: LabelLanguage) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PutPersonSkillsInput) => putPersonSkills(personId, lang, body),
    onSuccess: (skills) => queryClient.setQueryData(matchKeys.personSkills(personId, lang), skills),
  });
}
