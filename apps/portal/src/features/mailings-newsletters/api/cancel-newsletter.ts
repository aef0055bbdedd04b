import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { newsletterKeys } from './keys';
import type { Newsletter } from './types';

export async function cancelNewsletter(id: string): Promise<Newsletter> {
  return unwrap(await api.POST('/api/newsletters/{id}/cancel', { params: { path: { id } } }));
}

export function useCancelNewsletter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelNewsletter,
    onSuccess: (newsletter) => {
      queryClient.setQueryData(newsletterKeys.detail(newsletter.id), newsletter);
      return queryClient.invalidateQueries({ queryKey: newsletterKeys.lists() });
    },
  });
}
