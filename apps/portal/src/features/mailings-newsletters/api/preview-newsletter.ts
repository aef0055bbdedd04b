import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { newsletterKeys } from './keys';
import type { NewsletterLocale, NewsletterPreview } from './types';

export async function previewNewsletter(id: string, locale: NewsletterLocale): Promise<NewsletterPreview> {
  return unwrap(await api.GET('/api/newsletters/{id}/preview', { params: { path: { id }, query: { locale } } }));
}

export const previewNewsletterQueryOptions = (id: string, locale: NewsletterLocale) =>
  queryOptions({ queryKey: newsletterKeys.preview(id, locale), queryFn: () => previewNewsletter(id, locale), retry: false });

export function useNewsletterPreview(id: string, locale: NewsletterLocale, enabled: boolean) {
  return useQuery({ ...previewNewsletterQueryOptions(id, locale), enabled });
}
