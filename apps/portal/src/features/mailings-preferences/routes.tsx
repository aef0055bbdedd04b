import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/routing/require-role';
import { ManagePreferencesPage } from './pages/manage-preferences-page';
import { MyPreferencesPage } from './pages/my-preferences-page';
import { SuppressionsPage } from './pages/suppressions-page';

/** Everyone signed in has a person and may choose their own mail topics. */
const EVERY_ROLE = ['hr_admin', 'employee', 'alumnus', 'external_referrer'] as const;

/** Mailings (preferences) pages for signed-in users (relative to the signed-in shell; wrap each page in RequireRole). */
export const mailingsPreferencesRoutes: RouteObject[] = [
  {
    path: 'preferences',
    element: (
      <RequireRole roles={EVERY_ROLE}>
        <MyPreferencesPage />
      </RequireRole>
    ),
  },
  {
    path: 'mailings/suppressions',
    element: (
      <RequireRole roles={['hr_admin']}>
        <SuppressionsPage />
      </RequireRole>
    ),
  },
];

/** Mailings (preferences) pages without login (relative to the root). */
export const mailingsPreferencesPublicRoutes: RouteObject[] = [{ path: 'preferences/manage', element: <ManagePreferencesPage /> }];
