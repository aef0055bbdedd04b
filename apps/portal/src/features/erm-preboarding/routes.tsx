import type { RouteObject } from 'react-router';

/** ERM preboarding pages for HR (relative to the signed-in shell; wrap each page in RequireRole). */
export const ermPreboardingHrRoutes: RouteObject[] = [];

/** ERM preboarding pages without login (relative to the root). */
export const ermPreboardingPublicRoutes: RouteObject[] = [];
