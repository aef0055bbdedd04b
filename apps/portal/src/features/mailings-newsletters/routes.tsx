import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/routing/require-role';
import { NewActivationPage } from './pages/new-activation-page';
import { NewsletterPage } from './pages/newsletter-page';
import { NewslettersPage } from './pages/newsletters-page';

const hrOnly = (element: ReactNode) => <RequireRole roles={['hr_admin']}>{element}</RequireRole>;

/** Mailings (newsletters) pages for signed-in users (relative to the signed-in shell; wrap each page in RequireRole). */
export const mailingsNewslettersRoutes: RouteObject[] = [
  { path: 'newsletters', element: hrOnly(<NewslettersPage />) },
  { path: 'newsletters/new', element: hrOnly(<NewActivationPage />) },
  { path: 'newsletters/:id', element: hrOnly(<NewsletterPage />) },
];

/** Mailings (newsletters) pages without login (relative to the root). */
export const mailingsNewslettersPublicRoutes: RouteObject[] = [];
