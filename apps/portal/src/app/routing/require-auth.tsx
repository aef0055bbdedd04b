import { Outlet, Navigate, useLocation } from 'react-router';
import { useSession } from '../../features/auth/api/get-session';
import { FullPageLoader } from '../layout/full-page-loader';
import { SessionContext } from './session-context';

/** Lets signed-in users through; sends everyone else to the login page, remembering where they were going. */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();

  if (session.isPending) return <FullPageLoader />;
  if (session.isError) throw session.error;
  if (!session.data) {
    const next = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <SessionContext.Provider value={session.data}>
      <Outlet />
    </SessionContext.Provider>
  );
}
