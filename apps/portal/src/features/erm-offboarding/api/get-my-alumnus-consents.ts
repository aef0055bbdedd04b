import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { offboardingKeys } from './keys';
import type { AlumnusConsents } from './types';

export async function getMyAlumnusConsents(): Promise<AlumnusConsents> {
  return unwrap(await api.GET('/api/alumni/me/consents'));
}

export const getMyAlumnusConsentsQueryOptions = () => queryOptions({ queryKey: offboardingKeys.myConsents(), queryFn: getMyAlumnusConsents });

export function useMyAlumnusConsents() {
  return useQuery(getMyAlumnusConsentsQueryOptions());
}
