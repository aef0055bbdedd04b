import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/routing/require-role';
import { JobAlertsPage } from './pages/job-alerts-page';

/** Mailings (job-alerts) pages for signed-in users (relative to the signed-in shell; wrap each page in RequireRole). */
export const mailingsJobAlertsRoutes: RouteObject[] = [
  {
    path: 'job-alerts',
    element: (
      <RequireRole roles={['alumnus', 'external_referrer']}>
        <JobAlertsPage />
      </RequireRole>
    ),
  },
];

/** Mailings (job-alerts) pages without login (relative to the root). */
export const mailingsJobAlertsPublicRoutes: RouteObject[] = [];
