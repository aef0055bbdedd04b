/** Query keys of the candidate-survey page. */
export const insightsSurveyKeys = {
  all: ['insights-survey'] as const,
  survey: (token: string) => [...insightsSurveyKeys.all, token] as const,
};
