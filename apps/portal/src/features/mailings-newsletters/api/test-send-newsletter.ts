import { unwrap } from '@kring/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { NewsletterLocale } from './types';

export async function testSendNewsletter({ id, locale }: { id: string; locale: NewsletterLocale }): Promise<void> {
  unwrap(await api.POST('/api/newsletters/{id}/test', { params: { path: { id }, query: { locale } } }));
}

export function useTestSendNewsletter() {
  return useMutation({ mutationFn: testSendNewsletter });
}
