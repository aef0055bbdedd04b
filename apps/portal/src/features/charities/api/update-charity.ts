import { type components, unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { myRewardKeys } from '../../my-rewards/api/keys';
import { charityKeys } from './keys';
import type { Charity } from './list-charities';

type UpdateCharityInput = components['schemas']['UpdateCharityInput'];

/** Renames a charity, or (de)activates it: inactive ones are no longer offered; donations already chosen stay. */
export async function updateCharity({ id, input }: { id: string; input: UpdateCharityInput }): Promise<Charity> {
  return unwrap(await api.PATCH('/api/rewards/charities/{id}', { params: { path: { id } }, body: input }));
}

export function useUpdateCharity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCharity,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: charityKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: myRewardKeys.charities() }),
      ]),
  });
}
