import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/routing/require-role';
import { InsightsDashboardPage } from './pages/insights-dashboard-page';

/** HR's dashboard of KPIs, relative to the signed-in shell. */
export const insightsDashboardHrRoutes: RouteObject[] = [
  {
    path: 'insights',
    element: (
      <RequireRole roles={['hr_admin']}>
        <InsightsDashboardPage />
      </RequireRole>
    ),
  },
];
