import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { matchKeys } from './keys';
import type { LabelLanguage, PutVacancyMatchProfileInput, VacancyMatchProfile } from './types';

export async function putVacancyMatchProfile(
  vacancyId: string,
  lang: LabelLanguage,
  body: PutVacancyMatchProfileInput,
): Promise<VacancyMatchProfile> {
  return unwrap(await api.PUT('/api/vacancies/{id}/match-profile', { params: { path: { id: vacancyId }, query: { lang } }, body }));
}

/** Saves HR's confirmed skills and occupations; the matches are ranked anew. */
export function usePutVacancyMatchProfile(vacancyId: string, lang: LabelLanguage) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PutVacancyMatchProfileInput) => putVacancyMatchProfile(vacancyId, lang, body),
    // As for suggestions: an older fetch of the profile must not overwrite the saved one.
    onMutate: () => queryClient.cancelQueries({ queryKey: matchKeys.profile(vacancyId, lang) }),
    onSuccess: async (profile) => {
      queryClient.setQueryData(matchKeys.profile(vacancyId, lang), profile);
      await queryClient.invalidateQueries({ queryKey: matchKeys.matchLists(vacancyId) });
    },
  });
}
