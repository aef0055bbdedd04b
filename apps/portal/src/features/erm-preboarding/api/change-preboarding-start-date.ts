import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { preboardingKeys } from './keys';
import type { PreboardingStarterDetail } from './types';

export async function changePreboardingStartDate({ personId, startDate }: { personId: string; startDate: string }): Promise<PreboardingStarterDetail> {
  return unwrap(await api.PUT('/api/preboarding/starters/{personId}/start-date', { params: { path: { personId } }, body: { startDate } }));
}

export function useChangePreboardingStartDate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePreboardingStartDate,
    onSuccess: (detail) => {
      queryClient.setQueryData(preboardingKeys.starter(detail.personId), detail);
      return queryClient.invalidateQueries({ queryKey: preboardingKeys.starterList() });
    },
  });
}
