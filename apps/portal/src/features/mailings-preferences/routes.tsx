import type { RouteObject } from 'react-router';

/** Mailings (preferences) pages for signed-in users (relative to the signed-in shell; wrap each page in RequireRole). */
export const mailingsPreferencesRoutes: RouteObject[] = [];

/** Mailings (preferences) pages without login (relative to the root). */
export const mailingsPreferencesPublicRoutes: RouteObject[] = [];
