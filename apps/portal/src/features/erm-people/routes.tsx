import type { RouteObject } from 'react-router';

/** ERM people pages for HR (relative to the signed-in shell; wrap each page in RequireRole). */
export const ermPeopleHrRoutes: RouteObject[] = [];

/** ERM people pages without login (relative to the root). */
export const ermPeoplePublicRoutes: RouteObject[] = [];
