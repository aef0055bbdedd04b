import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { insightsSurveyKeys } from './keys';
import type { CandidateSurvey } from './types';

export async function answerCandidateSurvey(input: { token: string; score: number }): Promise<CandidateSurvey> {
  return unwrap(await api.POST('/api/candidate-survey', { body: input }));
}

export function useAnswerCandidateSurvey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerCandidateSurvey,
    onSuccess: (data, input) => queryClient.setQueryData(insightsSurveyKeys.survey(input.token), data),
  });
}
