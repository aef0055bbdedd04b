import type { RouteObject } from 'react-router';

/** ERM events pages for HR (relative to the signed-in shell; wrap each page in RequireRole). */
export const ermEventsHrRoutes: RouteObject[] = [];

/** ERM events pages without login (relative to the root). */
export const ermEventsPublicRoutes: RouteObject[] = [];
