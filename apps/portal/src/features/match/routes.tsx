import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/routing/require-role';
import { MatchPage } from './pages/match-page';

const hrOnly = (element: ReactNode) => <RequireRole roles={['hr_admin']}>{element}</RequireRole>;

/** HR's Search & Match for a vacancy, relative to the signed-in shell (spread into the HR routes by the lead). */
export const matchHrRoutes: RouteObject[] = [{ path: 'manage/vacancies/:id/match', element: hrOnly(<MatchPage />) }];
