import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/routing/require-role';
import { ManageEmployeesPage } from './pages/manage-employees-page';
import { StayInTouchPage } from './pages/stay-in-touch-page';

/** ERM offboarding pages for HR (relative to the signed-in shell; wrap each page in RequireRole). */
export const ermOffboardingHrRoutes: RouteObject[] = [
  {
    path: 'manage/employees',
    element: (
      <RequireRole roles={['hr_admin']}>
        <ManageEmployeesPage />
      </RequireRole>
    ),
  },
];

/** ERM offboarding pages without login (relative to the root). */
export const ermOffboardingPublicRoutes: RouteObject[] = [{ path: 'stay-in-touch', element: <StayInTouchPage /> }];
