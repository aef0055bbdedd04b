import { type ShareLink, unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { shareLinkKeys } from './keys';

/** A POST because the first call creates the link; every later call returns the same link with fresh counts. */
export async function getMyShareLink(vacancyId: string): Promise<ShareLink> {
  return unwrap(await api.POST('/api/open-vacancies/{id}/share-link', { params: { path: { id: vacancyId } } }));
}

export const getMyShareLinkQueryOptions = (vacancyId: string) =>
  queryOptions({ queryKey: shareLinkKeys.detail(vacancyId), queryFn: () => getMyShareLink(vacancyId) });

export function useMyShareLink(vacancyId: string) {
  return useQuery(getMyShareLinkQueryOptions(vacancyId));
}
