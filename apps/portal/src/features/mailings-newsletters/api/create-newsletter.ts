import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { newsletterKeys } from './keys';
import type { CreateNewsletterInput, Newsletter } from './types';

export async function createNewsletter(input: CreateNewsletterInput): Promise<Newsletter> {
  return unwrap(await api.POST('/api/newsletters', { body: input }));
}

export function useCreateNewsletter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createNewsletter,
    onSuccess: (newsletter) => {
      queryClient.setQueryData(newsletterKeys.detail(newsletter.id), newsletter);
      return queryClient.invalidateQueries({ queryKey: newsletterKeys.lists() });
    },
  });
}
