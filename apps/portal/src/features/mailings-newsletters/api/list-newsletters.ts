import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { newsletterKeys } from './keys';
import type { NewsletterListFilter, NewsletterSummary } from './types';

export async function listNewsletters(filter: NewsletterListFilter = {}): Promise<NewsletterSummary[]> {
  return unwrap(await api.GET('/api/newsletters', { params: { query: filter } })).items;
}

export const listNewslettersQueryOptions = (filter: NewsletterListFilter = {}) =>
  queryOptions({ queryKey: newsletterKeys.list(filter), queryFn: () => listNewsletters(filter) });

/** Newsletters and activation mails, newest first; `filter` narrows to one kind or one programme's activation mails. */
export function useNewsletters(filter: NewsletterListFilter = {}) {
  return useQuery(listNewslettersQueryOptions(filter));
}
