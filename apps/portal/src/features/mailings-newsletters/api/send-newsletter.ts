import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { newsletterKeys } from './keys';
import type { Newsletter } from './types';

/** Without `scheduledAt` the newsletter goes out now. */
export async function sendNewsletter({ id, scheduledAt }: { id: string; scheduledAt?: string }): Promise<Newsletter> {
  return unwrap(await api.POST('/api/newsletters/{id}/send', { params: { path: { id } }, body: scheduledAt ? { scheduledAt } : {} }));
}

export function useSendNewsletter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendNewsletter,
    onSuccess: (newsletter) => {
      queryClient.setQueryData(newsletterKeys.detail(newsletter.id), newsletter);
      return queryClient.invalidateQueries({ queryKey: newsletterKeys.lists() });
    },
  });
}
