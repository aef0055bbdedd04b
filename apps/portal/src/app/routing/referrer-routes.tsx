import type { RouteObject } from 'react-router';

/** Referrer pages: open vacancies, referring, sharing, my referrals. Paths are relative to the signed-in shell; wrap pages in RequireRole. */
export const referrerRoutes: RouteObject[] = [];
