import { type SharedVacancy, unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { sharedVacancyKeys } from './keys';

export async function getSharedVacancy(code: string): Promise<SharedVacancy> {
  return unwrap(await api.GET('/api/public/share-links/{code}', { params: { path: { code } } }));
}

export const getSharedVacancyQueryOptions = (code: string) =>
  queryOptions({ queryKey: sharedVacancyKeys.detail(code), queryFn: () => getSharedVacancy(code) });

export function useSharedVacancy(code: string) {
  return useQuery(getSharedVacancyQueryOptions(code));
}
