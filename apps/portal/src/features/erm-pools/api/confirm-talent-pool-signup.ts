import { unwrap } from '@kring/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { TalentPoolConfirm } from './types';

/** A POST on a button press: opening the link (or a mail scanner fetching it) confirms nothing. */
export async function confirmTalentPoolSignup(token: string): Promise<TalentPoolConfirm> {
  return unwrap(await api.POST('/api/public/talent-pool/confirm', { body: { token } }));
}

export function useConfirmTalentPoolSignup() {
  return useMutation({ mutationFn: confirmTalentPoolSignup });
}
