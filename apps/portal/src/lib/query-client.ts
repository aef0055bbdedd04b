import { isApiProblem } from '@kring/api-client';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

/** Client errors (4xx) do not get better by asking again. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiProblem(error) && error.status < 500) return false;
  return failureCount < 2;
}

function isSessionGone(error: unknown): boolean {
  return isApiProblem(error) && error.status === 401 && error.code === 'unauthenticated';
}

export interface QueryClientOptions {
  /** Called when any request finds the session gone (expired, logged out elsewhere). */
  onUnauthenticated?: (queryClient: QueryClient) => void;
}

export function createQueryClient({ onUnauthenticated }: QueryClientOptions = {}): QueryClient {
  const handle = (error: unknown) => {
    if (isSessionGone(error)) onUnauthenticated?.(queryClient);
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: handle }),
    mutationCache: new MutationCache({ onError: handle }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
