import type { RouteObject } from 'react-router';

/** HR pages: vacancies and programmes management, the referral pipeline. Paths are relative to the signed-in shell; wrap pages in RequireRole. */
export const hrRoutes: RouteObject[] = [];
