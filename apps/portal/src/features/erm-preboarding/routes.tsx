import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/routing/require-role';
import { PreboardingPage } from './pages/preboarding-page';
import { PreboardingTemplatesPage } from './pages/preboarding-templates-page';
import { StarterChecklistPage } from './pages/starter-checklist-page';
import { StarterDetailPage } from './pages/starter-detail-page';

const hrOnly = (element: React.ReactNode) => <RequireRole roles={['hr_admin']}>{element}</RequireRole>;

/** ERM preboarding pages for HR (relative to the signed-in shell; wrap each page in RequireRole). */
export const ermPreboardingHrRoutes: RouteObject[] = [
  { path: 'preboarding', element: hrOnly(<PreboardingPage />) },
  { path: 'preboarding/templates', element: hrOnly(<PreboardingTemplatesPage />) },
  { path: 'preboarding/starters/:personId', element: hrOnly(<StarterDetailPage />) },
];

/** ERM preboarding pages without login (relative to the root): the starter's checklist by link. */
export const ermPreboardingPublicRoutes: RouteObject[] = [{ path: 'preboarding/checklist', element: <StarterChecklistPage /> }];
