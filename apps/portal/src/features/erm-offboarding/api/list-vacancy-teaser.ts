import { type operations, type SuccessBody, unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { offboardingKeys } from './keys';

export type VacancyTeaser = SuccessBody<operations['listOpenVacancies']>;

/** The newest few vacancies the alumnus may refer for (the API applies the programmes' audiences). */
export async function listVacancyTeaser(): Promise<VacancyTeaser> {
  return unwrap(await api.GET('/api/open-vacancies', { params: { query: { limit: 3, offset: 0 } } }));
}

export const listVacancyTeaserQueryOptions = () => queryOptions({ queryKey: [...offboardingKeys.all, 'vacancy-teaser'] as const, queryFn: listVacancyTeaser });

export function useVacancyTeaser() {
  return useQuery(listVacancyTeaserQueryOptions());
}
