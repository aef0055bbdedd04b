import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { newsletterKeys } from './keys';
import type { NewsletterSummary } from './types';

export async function listNewsletters(): Promise<NewsletterSummary[]> {
  return unwrap(await api.GET('/api/newsletters')).items;
}

export const listNewslettersQueryOptions = () => queryOptions({ queryKey: newsletterKeys.lists(), queryFn: listNewsletters });

export function useNewsletters() {
  return useQuery(listNewslettersQueryOptions());
}
