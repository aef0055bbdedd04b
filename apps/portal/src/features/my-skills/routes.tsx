import type { RouteObject } from 'react-router';

/** "My skills" (issue 8): a signed-in person confirms their own skills and reads skills from their CV. */
export const mySkillsRoutes: RouteObject[] = [];
