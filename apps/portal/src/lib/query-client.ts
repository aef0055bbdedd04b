import { isApiProblem } from '@kring/api-client';
import { QueryClient } from '@tanstack/react-query';

/** Client errors (4xx) do not get better by asking again. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiProblem(error) && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
