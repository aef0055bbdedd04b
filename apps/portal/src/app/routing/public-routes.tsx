import type { RouteObject } from 'react-router';
import { aboutPublicRoutes } from '../../features/about/routes';
import { ermEventsPublicRoutes } from '../../features/erm-events/routes';
import { ermOffboardingPublicRoutes } from '../../features/erm-offboarding/routes';
import { ermPeoplePublicRoutes } from '../../features/erm-people/routes';
import { ermPoolsPublicRoutes } from '../../features/erm-pools/routes';
import { ermPreboardingPublicRoutes } from '../../features/erm-preboarding/routes';
import { insightsSurveyPublicRoutes } from '../../features/insights-survey/routes';
import { mailingsJobAlertsPublicRoutes } from '../../features/mailings-job-alerts/routes';
import { mailingsNewslettersPublicRoutes } from '../../features/mailings-newsletters/routes';
import { mailingsPreferencesPublicRoutes } from '../../features/mailings-preferences/routes';
import { CandidateConsentPage } from '../pages/candidate-consent-page';
import { CandidateDeclinePage } from '../pages/candidate-decline-page';
import { SharedVacancyPage } from '../pages/shared-vacancy-page';

/** Pages without login: the candidate's consent and decline pages, shared vacancy links (/r/:code), ERM's public pages, About. */
export const publicRoutes: RouteObject[] = [
  { path: 'candidate/consent', element: <CandidateConsentPage /> },
  { path: 'candidate/decline', element: <CandidateDeclinePage /> },
  { path: 'r/:code', element: <SharedVacancyPage /> },
  { path: 'r/:code/:channel', element: <SharedVacancyPage /> },
  ...ermPeoplePublicRoutes,
  ...ermPoolsPublicRoutes,
  ...ermEventsPublicRoutes,
  ...ermPreboardingPublicRoutes,
  ...ermOffboardingPublicRoutes,
  ...mailingsNewslettersPublicRoutes,
  ...mailingsPreferencesPublicRoutes,
  ...mailingsJobAlertsPublicRoutes,
  ...insightsSurveyPublicRoutes,
  ...aboutPublicRoutes,
];
