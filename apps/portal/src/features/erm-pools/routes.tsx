import type { RouteObject } from 'react-router';

/** ERM pools pages for HR (relative to the signed-in shell; wrap each page in RequireRole). */
export const ermPoolsHrRoutes: RouteObject[] = [];

/** ERM pools pages without login (relative to the root). */
export const ermPoolsPublicRoutes: RouteObject[] = [];
