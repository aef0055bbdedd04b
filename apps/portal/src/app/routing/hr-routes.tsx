import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { ermEventsHrRoutes } from '../../features/erm-events/routes';
import { ermOffboardingHrRoutes } from '../../features/erm-offboarding/routes';
import { ermPeopleHrRoutes } from '../../features/erm-people/routes';
import { ermPoolsHrRoutes } from '../../features/erm-pools/routes';
import { ermPreboardingHrRoutes } from '../../features/erm-preboarding/routes';
import { insightsDashboardHrRoutes } from '../../features/insights-dashboard/routes';
import { insightsDataHrRoutes } from '../../features/insights-data/routes';
import { matchHrRoutes } from '../../features/match/routes';
import { ManageVacanciesPage } from '../pages/manage-vacancies-page';
import { PipelinePage } from '../pages/pipeline-page';
import { ProgrammeEditorPage } from '../pages/programme-editor-page';
import { ProgrammesPage } from '../pages/programmes-page';
import { ReferralDetailPage } from '../pages/referral-detail-page';
import { RewardLedgerPage } from '../pages/reward-ledger-page';
import { RewardRulesPage } from '../pages/reward-rules-page';
import { VacancyEditorPage } from '../pages/vacancy-editor-page';
import { RequireRole } from './require-role';

const hrOnly = (element: ReactNode) => <RequireRole roles={['hr_admin']}>{element}</RequireRole>;

/** HR pages: vacancies and programmes management (with reward rules), the referral pipeline, the reward ledger, ERM, the dashboard and its data. Paths are relative to the signed-in shell; wrap pages in RequireRole. */
export const hrRoutes: RouteObject[] = [
  { path: 'manage/vacancies', element: hrOnly(<ManageVacanciesPage />) },
  { path: 'manage/vacancies/new', element: hrOnly(<VacancyEditorPage />) },
  { path: 'manage/vacancies/:id', element: hrOnly(<VacancyEditorPage />) },
  { path: 'manage/programmes', element: hrOnly(<ProgrammesPage />) },
  { path: 'manage/programmes/new', element: hrOnly(<ProgrammeEditorPage />) },
  { path: 'manage/programmes/:id', element: hrOnly(<ProgrammeEditorPage />) },
  { path: 'manage/programmes/:id/rewards', element: hrOnly(<RewardRulesPage />) },
  { path: 'manage/rewards', element: hrOnly(<RewardLedgerPage />) },
  { path: 'referrals', element: hrOnly(<PipelinePage />) },
  { path: 'referrals/:id', element: hrOnly(<ReferralDetailPage />) },
  ...ermPeopleHrRoutes,
  ...ermPoolsHrRoutes,
  ...ermEventsHrRoutes,
  ...ermPreboardingHrRoutes,
  ...ermOffboardingHrRoutes,
  ...insightsDashboardHrRoutes,
  ...insightsDataHrRoutes,
  ...matchHrRoutes,
];
