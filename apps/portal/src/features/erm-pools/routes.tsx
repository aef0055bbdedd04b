import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/routing/require-role';
import { JoinPage } from './pages/join-page';
import { TalentPoolDetailPage } from './pages/talent-pool-detail-page';
import { TalentPoolsPage } from './pages/talent-pools-page';
import { ConfirmSignupPage, LeaveTalentPoolPage, RenewConsentPage } from './pages/token-action-page';

const hrOnly = (element: ReactNode) => <RequireRole roles={['hr_admin']}>{element}</RequireRole>;

/** ERM pools pages for HR (relative to the signed-in shell; wrap each page in RequireRole). */
export const ermPoolsHrRoutes: RouteObject[] = [
  { path: 'talent-pools', element: hrOnly(<TalentPoolsPage />) },
  { path: 'talent-pools/:id', element: hrOnly(<TalentPoolDetailPage />) },
];

/** ERM pools pages without login (relative to the root): the "keep me posted" form and the links in its mails. */
export const ermPoolsPublicRoutes: RouteObject[] = [
  { path: 'join/:slug', element: <JoinPage /> },
  { path: 'talent-pool/confirm', element: <ConfirmSignupPage /> },
  { path: 'talent-pool/renew', element: <RenewConsentPage /> },
  { path: 'talent-pool/leave', element: <LeaveTalentPoolPage /> },
];
