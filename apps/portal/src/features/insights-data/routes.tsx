import type { RouteObject } from 'react-router';

/** HR's recruitment data inputs (hires, costs, offers, ratings, import), relative to the signed-in shell. */
export const insightsDataHrRoutes: RouteObject[] = [];
