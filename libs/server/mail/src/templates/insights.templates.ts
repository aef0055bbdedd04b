import { candidateSurveyTemplate } from './insights-candidate-survey.email';

/** HR dashboard input mails, by template name (spread into the registry). */
export const insightsTemplates = {
  insights_candidate_survey: candidateSurveyTemplate,
} as const;
