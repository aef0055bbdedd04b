import type { RouteObject } from 'react-router';
import { NAV_ITEMS } from '../../app/routing/navigation';
import { RequireRole } from '../../app/routing/require-role';
import { MySkillsPage } from './pages/my-skills-page';

/** Whoever sees "Mijn vaardigheden" in the navigation may open it. */
const ROLES = NAV_ITEMS.find((item) => item.path === '/my-skills')?.roles ?? [];

/** "My skills" (issue 8): a signed-in person confirms their own skills and reads skills from their CV. */
export const mySkillsRoutes: RouteObject[] = [
  {
    path: 'my-skills',
    element: (
      <RequireRole roles={ROLES}>
        <MySkillsPage />
      </RequireRole>
    ),
  },
];
