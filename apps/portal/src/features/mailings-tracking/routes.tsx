import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/routing/require-role';
import { MailTrackingPage } from './pages/mail-tracking-page';

const hrOnly = (element: ReactNode) => <RequireRole roles={['hr_admin']}>{element}</RequireRole>;

/** HR's mail settings (open and click tracking), relative to the signed-in shell. */
export const mailingsTrackingRoutes: RouteObject[] = [{ path: 'mailings/settings', element: hrOnly(<MailTrackingPage />) }];
