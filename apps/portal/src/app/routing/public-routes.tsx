import type { RouteObject } from 'react-router';
import { CandidateConsentPage } from '../pages/candidate-consent-page';
import { CandidateDeclinePage } from '../pages/candidate-decline-page';
import { SharedVacancyPage } from '../pages/shared-vacancy-page';

/** Pages without login: the candidate's consent and decline pages, and shared vacancy links (/r/:code). */
export const publicRoutes: RouteObject[] = [
  { path: 'candidate/consent', element: <CandidateConsentPage /> },
  { path: 'candidate/decline', element: <CandidateDeclinePage /> },
  { path: 'r/:code', element: <SharedVacancyPage /> },
  { path: 'r/:code/:channel', element: <SharedVacancyPage /> },
];
