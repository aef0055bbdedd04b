import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { matchKeys } from './keys';
import type { LabelLanguage, VacancyMatchProfile } from './types';

export async function suggestVacancyMatchProfile(vacancyId: string, lang: LabelLanguage): Promise<VacancyMatchProfile> {
  return unwrap(
    await api.POST('/api/vacancies/{id}/match-profile/suggest', { params: { path: { id: vacancyId }, query: { lang } } }),
  );
}

/** Reads the vacancy text again and replaces earlier suggestions (never confirmed concepts). */
export function useSuggestVacancyMatchProfile(vacancyId: string, lang: LabelLanguage) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => suggestVacancyMatchProfile(vacancyId, lang),
    // A fetch of the profile still under way (a refetch on focus) would land after this answer and hide the new
    // suggestions, dropping what HR accepts from them: cancel it first.
    onMutate: () => queryClient.cancelQueries({ queryKey: matchKeys.profile(vacancyId, lang) }),
    onSuccess: (profile) => queryClient.setQueryData(matchKeys.profile(vacancyId, lang), profile),
  });
}
