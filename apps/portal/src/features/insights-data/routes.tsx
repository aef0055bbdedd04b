import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/routing/require-role';
import { CostsPage } from './pages/costs-page';
import { DataOverviewPage } from './pages/data-overview-page';
import { HiresPage } from './pages/hires-page';
import { ImportPage } from './pages/import-page';
import { OffersPage } from './pages/offers-page';
import { RatingsPage } from './pages/ratings-page';

const hrOnly = (page: ReactNode) => <RequireRole roles={['hr_admin']}>{page}</RequireRole>;

/** HR's recruitment data inputs (hires, costs, offers, ratings, import), relative to the signed-in shell. */
export const insightsDataHrRoutes: RouteObject[] = [
  { path: 'insights/data', element: hrOnly(<DataOverviewPage />) },
  { path: 'insights/data/hires', element: hrOnly(<HiresPage />) },
  { path: 'insights/data/costs', element: hrOnly(<CostsPage />) },
  { path: 'insights/data/offers', element: hrOnly(<OffersPage />) },
  { path: 'insights/data/ratings', element: hrOnly(<RatingsPage />) },
  { path: 'insights/data/import', element: hrOnly(<ImportPage />) },
];
