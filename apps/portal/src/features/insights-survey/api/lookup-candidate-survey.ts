import { unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsSurveyKeys } from './keys';
import type { CandidateSurvey } from './types';

export async function lookupCandidateSurvey(token: string): Promise<CandidateSurvey> {
  return unwrap(await api.POST('/api/candidate-survey/lookup', { body: { token } }));
}

export const lookupCandidateSurveyQueryOptions = (token: string) =>
  queryOptions({ queryKey: insightsSurveyKeys.survey(token), queryFn: () => lookupCandidateSurvey(token), retry: false });

export function useCandidateSurvey(token: string, enabled = true) {
  return useQuery({ ...lookupCandidateSurveyQueryOptions(token), enabled: enabled && token.length > 0 });
}
