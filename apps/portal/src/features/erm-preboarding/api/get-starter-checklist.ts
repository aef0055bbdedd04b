import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { preboardingKeys } from './keys';
import type { StarterChecklist } from './types';

/** A POST that only reads: the token stays out of URLs the server logs. */
export async function getStarterChecklist(token: string): Promise<StarterChecklist> {
  return unwrap(await api.POST('/api/preboarding/checklist/lookup', { body: { token } }));
}

export const getStarterChecklistQueryOptions = (token: string) =>
  queryOptions({ queryKey: preboardingKeys.checklist(token), queryFn: () => getStarterChecklist(token) });

export function useStarterChecklist(token: string) {
  return useQuery({ ...getStarterChecklistQueryOptions(token), enabled: token !== '' });
}
