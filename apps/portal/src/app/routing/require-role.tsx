import type { UserRole } from '@kring/api-client';
import type { ReactNode } from 'react';
import { ForbiddenPage } from '../pages/forbidden-page';
import { hasAnyRole } from './navigation';
import { useCurrentSession } from './session-context';

export function RequireRole({ roles, children }: { roles: readonly UserRole[]; children: ReactNode }) {
  const { user } = useCurrentSession();
  return hasAnyRole(user.roles, roles) ? children : <ForbiddenPage />;
}
