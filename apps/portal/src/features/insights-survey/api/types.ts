import type { components } from '@kring/api-client';

export type CandidateSurvey = components['schemas']['CandidateSurveyOutput'];
