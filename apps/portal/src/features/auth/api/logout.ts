import { throwIfProblem } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { sessionKeys } from './keys';

export async function logout(): Promise<void> {
  throwIfProblem(await api.POST('/api/auth/logout'));
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      // Forget everything the signed-in user could see, then record that nobody is signed in.
      queryClient.removeQueries();
      queryClient.setQueryData(sessionKeys.current(), null);
    },
  });
}
