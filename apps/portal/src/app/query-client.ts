import type { QueryClient } from '@tanstack/react-query';
import { sessionKeys } from '../features/auth/api/keys';
import { createQueryClient } from '../lib/query-client';

/** When the API says the session is gone, forget it: the route guard then sends the user to /login. */
export function createPortalQueryClient(): QueryClient {
  return createQueryClient({
    onUnauthenticated: (queryClient) => queryClient.setQueryData(sessionKeys.current(), null),
  });
}
