import type { RouteObject } from 'react-router';

/** Mailings (newsletters) pages for signed-in users (relative to the signed-in shell; wrap each page in RequireRole). */
export const mailingsNewslettersRoutes: RouteObject[] = [];

/** Mailings (newsletters) pages without login (relative to the root). */
export const mailingsNewslettersPublicRoutes: RouteObject[] = [];
