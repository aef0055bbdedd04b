import type { RouteObject } from 'react-router';

/** ERM offboarding pages for HR (relative to the signed-in shell; wrap each page in RequireRole). */
export const ermOffboardingHrRoutes: RouteObject[] = [];

/** ERM offboarding pages without login (relative to the root). */
export const ermOffboardingPublicRoutes: RouteObject[] = [];
