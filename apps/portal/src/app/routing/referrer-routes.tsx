import { Navigate, type RouteObject } from 'react-router';
import { MyReferralsPage } from '../pages/my-referrals-page';
import { MyRewardsPage } from '../pages/my-rewards-page';
import { VacanciesPage } from '../pages/vacancies-page';
import { VacancyDetailPage } from '../pages/vacancy-detail-page';
import { NAV_ITEMS } from './navigation';
import { RequireRole } from './require-role';

/** Whoever sees a section in the navigation may open its pages. */
function rolesOf(path: string) {
  return NAV_ITEMS.find((item) => item.path === path)?.roles ?? [];
}

/** Referrer pages: open vacancies, referring, sharing, my referrals, my rewards. Paths are relative to the signed-in shell; wrap pages in RequireRole. */
export const referrerRoutes: RouteObject[] = [
  {
    path: 'vacancies',
    element: (
      <RequireRole roles={rolesOf('/vacancies')}>
        <VacanciesPage />
      </RequireRole>
    ),
  },
  {
    path: 'vacancies/:id',
    element: (
      <RequireRole roles={rolesOf('/vacancies')}>
        <VacancyDetailPage />
      </RequireRole>
    ),
  },
  {
    path: 'my-referrals',
    element: (
      <RequireRole roles={rolesOf('/my-referrals')}>
        <MyReferralsPage />
      </RequireRole>
    ),
  },
  {
    path: 'rewards',
    element: (
      <RequireRole roles={rolesOf('/rewards')}>
        <MyRewardsPage />
      </RequireRole>
    ),
  },
  // Reward mails link here.
  { path: 'my-rewards', element: <Navigate to="/rewards" replace /> },
];
