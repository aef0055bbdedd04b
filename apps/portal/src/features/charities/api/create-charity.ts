import { type components, unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { myRewardKeys } from '../../my-rewards/api/keys';
import { charityKeys } from './keys';
import type { Charity } from './list-charities';

type CreateCharityInput = components['schemas']['CreateCharityInput'];

export const charitySchema = z.object({
  name: z.string().trim().min(1, { error: 'validation.required' }).max(120, { error: 'validation.tooLong' }),
}) satisfies z.ZodType<CreateCharityInput, unknown>;
export type CharityFormValues = z.input<typeof charitySchema>;

export async function createCharity(input: CreateCharityInput): Promise<Charity> {
  return unwrap(await api.POST('/api/rewards/charities', { body: input }));
}

export function useCreateCharity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCharity,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: charityKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: myRewardKeys.charities() }),
      ]),
  });
}
