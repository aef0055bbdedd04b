import { type Session, unwrap } from '@kring/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { sessionKeys } from './keys';

/** The current session, or null when nobody is signed in. */
export async function getSession(): Promise<Session | null> {
  const result = await api.GET('/api/auth/session');
  if (result.response.status === 401) return null;
  return unwrap(result);
}

export const sessionQueryOptions = () =>
  queryOptions({ queryKey: sessionKeys.current(), queryFn: getSession, staleTime: 5 * 60_000 });

export function useSession() {
  return useQuery(sessionQueryOptions());
}
