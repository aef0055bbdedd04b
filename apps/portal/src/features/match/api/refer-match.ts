import { unwrap } from '@kring/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { MatchReferral, ReferMatchInput } from './types';

export async function referMatch(vacancyId: string, personId: string, body: ReferMatchInput): Promise<MatchReferral> {
  return unwrap(await api.POST('/api/vacancies/{id}/matches/{personId}/refer', { params: { path: { id: vacancyId, personId } }, body }));
}

/**
 * Refers one matched person to the vacancy: the API creates a referral with HR as referrer (source 'match') and asks the
 * person's consent by mail (409 match_already_referred when they already have an open referral for the vacancy).
 */
export function useReferMatch(vacancyId: string, personId: string) {
  return useMutation({ mutationFn: (body: ReferMatchInput) => referMatch(vacancyId, personId, body) });
}
