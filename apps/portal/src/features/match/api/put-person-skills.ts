import { unwrap } from '@kring/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { LabelLanguage, PersonSkills, PutPersonSkillsInput } from './types';

export async function putPersonSkills(personId: string, lang: LabelLanguage, body: PutPersonSkillsInput): Promise<PersonSkills> {
  return unwrap(await api.PUT('/api/people/{id}/skills', { params: { path: { id: personId }, query: { lang } }, body }));
}

/** HR sets a person's skills (source hr); a person's own confirmations and match facts left out are kept by the server. */
export function usePutPersonSkills(personId: string, lang: LabelLanguage) {
  return useMutation({ mutationFn: (body: PutPersonSkillsInput) => putPersonSkills(personId, lang, body) });
}
