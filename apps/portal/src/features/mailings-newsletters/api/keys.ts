import type { NewsletterListFilter } from './types';

export const newsletterKeys = {
  all: ['mailings-newsletters'] as const,
  lists: () => [...newsletterKeys.all, 'list'] as const,
  list: (filter: NewsletterListFilter) => [...newsletterKeys.lists(), filter] as const,
  programme: (id: string) => [...newsletterKeys.all, 'programme', id] as const,
  detail: (id: string) => [...newsletterKeys.all, 'detail', id] as const,
  preview: (id: string, locale: string) => [...newsletterKeys.all, 'preview', id, locale] as const,
};
