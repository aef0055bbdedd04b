import type { RouteObject } from 'react-router';

/** HR's dashboard of KPIs, relative to the signed-in shell (filled in by the dashboard feature). */
export const insightsDashboardHrRoutes: RouteObject[] = [];
