import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { offboardingKeys } from './keys';
import type { StayInTouch } from './types';

export async function lookupStayInTouch(token: string): Promise<StayInTouch> {
  return unwrap(await api.POST('/api/stay-in-touch/lookup', { body: { token } }));
}

export const lookupStayInTouchQueryOptions = (token: string) =>
  queryOptions({ queryKey: offboardingKeys.stayInTouch(token), queryFn: () => lookupStayInTouch(token), retry: false });

export function useStayInTouch(token: string) {
  return useQuery({ ...lookupStayInTouchQueryOptions(token), enabled: token.length > 0 });
}
