import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/routing/require-role';
import { EventDetailPage } from './pages/event-detail-page';
import { EventNewPage } from './pages/event-new-page';
import { EventsPage } from './pages/events-page';
import { RsvpPage } from './pages/rsvp-page';

const hrOnly = (element: ReactNode) => <RequireRole roles={['hr_admin']}>{element}</RequireRole>;

/** ERM events pages for HR (relative to the signed-in shell; wrap each page in RequireRole). */
export const ermEventsHrRoutes: RouteObject[] = [
  { path: 'events', element: hrOnly(<EventsPage />) },
  { path: 'events/new', element: hrOnly(<EventNewPage />) },
  { path: 'events/:id', element: hrOnly(<EventDetailPage />) },
];

/** ERM events pages without login (relative to the root). */
export const ermEventsPublicRoutes: RouteObject[] = [{ path: 'events/rsvp', element: <RsvpPage /> }];
