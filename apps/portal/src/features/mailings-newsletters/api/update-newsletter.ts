import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { newsletterKeys } from './keys';
import type { Newsletter, UpdateNewsletterInput } from './types';

export async function updateNewsletter({ id, input }: { id: string; input: UpdateNewsletterInput }): Promise<Newsletter> {
  return unwrap(await api.PATCH('/api/newsletters/{id}', { params: { path: { id } }, body: input }));
}

export function useUpdateNewsletter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNewsletter,
    onSuccess: (newsletter) => {
      queryClient.setQueryData(newsletterKeys.detail(newsletter.id), newsletter);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: newsletterKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: [...newsletterKeys.all, 'preview', newsletter.id] }),
      ]);
    },
  });
}
