import type { RouteObject } from 'react-router';
import { mailingsJobAlertsRoutes } from '../../features/mailings-job-alerts/routes';
import { mailingsNewslettersRoutes } from '../../features/mailings-newsletters/routes';
import { mailingsPreferencesRoutes } from '../../features/mailings-preferences/routes';
import { mailingsTrackingRoutes } from '../../features/mailings-tracking/routes';
import { mySkillsRoutes } from '../../features/my-skills/routes';
import { AppLayout } from '../layout/app-layout';
import { RootLayout } from '../layout/root-layout';
import { ComingSoonPage } from '../pages/coming-soon-page';
import { HomePage } from '../pages/home-page';
import { InvitationPage } from '../pages/invitation-page';
import { LoginPage } from '../pages/login-page';
import { MagicLinkPage } from '../pages/magic-link-page';
import { NotFoundPage } from '../pages/not-found-page';
import { RouteErrorPage } from '../pages/route-error-page';
import { UsersPage } from '../pages/users-page';
import { hrRoutes } from './hr-routes';
import { NAV_ITEMS } from './navigation';
import { publicRoutes } from './public-routes';
import { referrerRoutes } from './referrer-routes';
import { RequireAuth } from './require-auth';
import { RequireRole } from './require-role';

/** Sections that later issues build; until then they say so honestly. */
const mailingsRoutes = [...mailingsNewslettersRoutes, ...mailingsPreferencesRoutes, ...mailingsJobAlertsRoutes, ...mailingsTrackingRoutes];
const built = new Set(['/', '/users', ...[...referrerRoutes, ...hrRoutes, ...mailingsRoutes, ...mySkillsRoutes].map((route) => `/${route.path}`)]);
const comingSoonRoutes: RouteObject[] = NAV_ITEMS.filter((item) => !built.has(item.path)).map(
  (item) => ({
    path: item.path.slice(1),
    element: (
      <RequireRole roles={item.roles}>
        <ComingSoonPage titleKey={item.labelKey} />
      </RequireRole>
    ),
  }),
);

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteErrorPage standalone />,
    children: [
      { path: 'login', element: <LoginPage /> },
      { path: 'auth/magic-link', element: <MagicLinkPage /> },
      { path: 'invitation', element: <InvitationPage /> },
      ...publicRoutes,
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppLayout />,
            children: [
              {
                // Errors inside a page keep the shell, so the user can navigate away.
                errorElement: <RouteErrorPage />,
                children: [
                  { index: true, element: <HomePage /> },
                  {
                    path: 'users',
                    element: (
                      <RequireRole roles={['hr_admin']}>
                        <UsersPage />
                      </RequireRole>
                    ),
                  },
                  ...referrerRoutes,
                  ...hrRoutes,
                  ...mailingsRoutes,
                  ...mySkillsRoutes,
                  ...comingSoonRoutes,
                ],
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
