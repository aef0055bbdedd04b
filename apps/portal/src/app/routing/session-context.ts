import type { Session } from '@kring/api-client';
import { createContext, useContext } from 'react';

export const SessionContext = createContext<Session | null>(null);

/** The signed-in session; only usable below RequireAuth. */
export function useCurrentSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useCurrentSession must be used below <RequireAuth>');
  return session;
}
