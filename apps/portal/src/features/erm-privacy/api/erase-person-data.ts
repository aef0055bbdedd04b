import { type components, unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type ErasureReason = components['schemas']['ErasureReason'];
export type Erasure = components['schemas']['ErasureOutput'];

export const ERASURE_REASONS: readonly ErasureReason[] = ['data_subject_request', 'consent_withdrawn', 'retention_expired', 'unlawful_processing', 'other'];

export async function erasePersonData({ personId, reason }: { personId: string; reason: ErasureReason }): Promise<Erasure> {
  return unwrap(await api.POST('/api/people/{id}/erase', { params: { path: { id: personId } }, body: { reason } }));
}

/** Erases the person; every cached list may have held them, so the whole cache is refreshed. */
export function useErasePersonData() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: erasePersonData, onSuccess: () => queryClient.invalidateQueries() });
}
