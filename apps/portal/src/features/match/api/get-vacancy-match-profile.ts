import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { matchKeys } from './keys';
import type { LabelLanguage, VacancyMatchProfile } from './types';

export async function getVacancyMatchProfile(vacancyId: string, lang: LabelLanguage): Promise<VacancyMatchProfile> {
  return unwrap(await api.GET('/api/vacancies/{id}/match-profile', { params: { path: { id: vacancyId }, query: { lang } } }));
}

export const vacancyMatchProfileQueryOptions = (vacancyId: string, lang: LabelLanguage) =>
  queryOptions({ queryKey: matchKeys.profile(vacancyId, lang), queryFn: () => getVacancyMatchProfile(vacancyId, lang) });

export function useVacancyMatchProfile(vacancyId: string, lang: LabelLanguage) {
  return useQuery(vacancyMatchProfileQueryOptions(vacancyId, lang));
}
