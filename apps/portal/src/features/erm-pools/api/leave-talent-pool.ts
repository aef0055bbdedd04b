import { unwrap } from '@kring/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { TalentPoolLeave } from './types';

/** Leave the talent pool (consent withdrawn, details erased unless kept for another reason). */
export async function leaveTalentPool(token: string): Promise<TalentPoolLeave> {
  return unwrap(await api.POST('/api/public/talent-pool/leave', { body: { token } }));
}

export function useLeaveTalentPool() {
  return useMutation({ mutationFn: leaveTalentPool });
}
