import { unwrap } from '@kring/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { TalentPoolRenew } from './types';

export async function renewTalentPoolConsent(token: string): Promise<TalentPoolRenew> {
  return unwrap(await api.POST('/api/public/talent-pool/renew', { body: { token } }));
}

export function useRenewTalentPoolConsent() {
  return useMutation({ mutationFn: renewTalentPoolConsent });
}
