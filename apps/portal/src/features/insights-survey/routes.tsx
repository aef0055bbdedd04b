import type { RouteObject } from 'react-router';
import { CandidateSurveyPage } from './pages/candidate-survey-page';

/** The candidate-experience page without login (relative to the root). */
export const insightsSurveyPublicRoutes: RouteObject[] = [{ path: 'candidate-survey', element: <CandidateSurveyPage /> }];
