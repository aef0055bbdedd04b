import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { talentPoolKeys } from './keys';
import type { CreateTalentPoolInput, TalentPool } from './types';

/** Mirrors the server's CreateTalentPoolInput. */
export const createTalentPoolSchema = z.object({
  name: z.string().trim().min(1, { error: 'validation.required' }).max(120, { error: 'validation.tooLong' }),
  description: z.string().trim().max(2000, { error: 'validation.tooLong' }),
  public: z.boolean(),
});
export type CreateTalentPoolValues = z.input<typeof createTalentPoolSchema>;

export async function createTalentPool(input: CreateTalentPoolInput): Promise<TalentPool> {
  return unwrap(await api.POST('/api/talent-pools', { body: input }));
}

export function useCreateTalentPool() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTalentPool,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: talentPoolKeys.lists() }),
  });
}
