import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/routing/require-role';
import { PeoplePage } from './pages/people-page';
import { PersonPage } from './pages/person-page';
import { SegmentEditorPage } from './pages/segment-editor-page';
import { SegmentsPage } from './pages/segments-page';

const hrOnly = (element: ReactNode) => <RequireRole roles={['hr_admin']}>{element}</RequireRole>;

/** ERM people pages for HR (relative to the signed-in shell; wrap each page in RequireRole). */
export const ermPeopleHrRoutes: RouteObject[] = [
  { path: 'people', element: hrOnly(<PeoplePage />) },
  { path: 'people/:id', element: hrOnly(<PersonPage />) },
  { path: 'segments', element: hrOnly(<SegmentsPage />) },
  { path: 'segments/new', element: hrOnly(<SegmentEditorPage />) },
  { path: 'segments/:id', element: hrOnly(<SegmentEditorPage />) },
];

/** ERM people pages without login (relative to the root). */
export const ermPeoplePublicRoutes: RouteObject[] = [];
