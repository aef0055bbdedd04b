import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { preboardingKeys } from './keys';
import type { PreboardingStarterSummary } from './types';

export async function listPreboardingStarters(): Promise<PreboardingStarterSummary[]> {
  return unwrap(await api.GET('/api/preboarding/starters'));
}

export const listPreboardingStartersQueryOptions = () => queryOptions({ queryKey: preboardingKeys.starterList(), queryFn: listPreboardingStarters });

export function usePreboardingStarters() {
  return useQuery(listPreboardingStartersQueryOptions());
}
