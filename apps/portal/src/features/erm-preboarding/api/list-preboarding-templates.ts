import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { preboardingKeys } from './keys';
import type { PreboardingTemplate } from './types';

export async function listPreboardingTemplates(): Promise<PreboardingTemplate[]> {
  return unwrap(await api.GET('/api/preboarding/templates'));
}

export const listPreboardingTemplatesQueryOptions = () => queryOptions({ queryKey: preboardingKeys.templates(), queryFn: listPreboardingTemplates });

export function usePreboardingTemplates() {
  return useQuery(listPreboardingTemplatesQueryOptions());
}
