import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { newsletterKeys } from './keys';
import type { Newsletter } from './types';

/** Queues the rows interrupted in flight again; HR has confirmed that some may arrive twice. */
export async function resendInterrupted(id: string): Promise<{ resent: number; newsletter: Newsletter }> {
  return unwrap(
    await api.POST('/api/newsletters/{id}/resend-interrupted', { params: { path: { id } }, body: { acceptPossibleDuplicates: true } }),
  );
}

export function useResendInterrupted() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resendInterrupted,
    onSuccess: ({ newsletter }) => {
      queryClient.setQueryData(newsletterKeys.detail(newsletter.id), newsletter);
      return queryClient.invalidateQueries({ queryKey: newsletterKeys.lists() });
    },
  });
}
