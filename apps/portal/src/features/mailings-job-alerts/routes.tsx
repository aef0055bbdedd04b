import type { RouteObject } from 'react-router';

/** Mailings (job-alerts) pages for signed-in users (relative to the signed-in shell; wrap each page in RequireRole). */
export const mailingsJobAlertsRoutes: RouteObject[] = [];

/** Mailings (job-alerts) pages without login (relative to the root). */
export const mailingsJobAlertsPublicRoutes: RouteObject[] = [];
