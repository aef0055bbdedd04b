import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { talentPoolKeys } from './keys';
import type { TalentPoolForm } from './types';

export async function getTalentPoolForm(slug: string): Promise<TalentPoolForm> {
  return unwrap(await api.GET('/api/public/talent-pool/forms/{slug}', { params: { path: { slug } } }));
}

export const getTalentPoolFormQueryOptions = (slug: string) =>
  queryOptions({ queryKey: talentPoolKeys.form(slug), queryFn: () => getTalentPoolForm(slug), staleTime: 5 * 60_000 });

export function useTalentPoolForm(slug: string) {
  return useQuery(getTalentPoolFormQueryOptions(slug));
}
