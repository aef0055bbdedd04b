import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { newsletterKeys } from './keys';
import type { Newsletter } from './types';

/** How often the page asks for progress while a newsletter is being sent. */
export const PROGRESS_POLL_MS = 3000;

export async function getNewsletter(id: string): Promise<Newsletter> {
  return unwrap(await api.GET('/api/newsletters/{id}', { params: { path: { id } } }));
}

export const getNewsletterQueryOptions = (id: string) =>
  queryOptions({
    queryKey: newsletterKeys.detail(id),
    queryFn: () => getNewsletter(id),
    // Live progress: poll while sending, stop once every row is final.
    refetchInterval: (query) => (query.state.data?.status === 'sending' ? PROGRESS_POLL_MS : false),
  });

export function useNewsletter(id: string) {
  return useQuery(getNewsletterQueryOptions(id));
}
