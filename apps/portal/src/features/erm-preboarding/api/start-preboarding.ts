import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { preboardingKeys } from './keys';
import type { PreboardingStarterDetail, StartPreboardingInput } from './types';

export const startPreboardingSchema = z.object({
  personId: z.string().min(1, { error: 'validation.required' }),
  startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.required' }),
  templateId: z.string(),
});
export type StartPreboardingFormValues = z.input<typeof startPreboardingSchema>;

export async function startPreboarding(input: StartPreboardingInput): Promise<PreboardingStarterDetail> {
  return unwrap(await api.POST('/api/preboarding/starters', { body: input }));
}

export function useStartPreboarding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startPreboarding,
    onSuccess: (detail) => {
      queryClient.setQueryData(preboardingKeys.starter(detail.personId), detail);
      return queryClient.invalidateQueries({ queryKey: preboardingKeys.starterList() });
    },
  });
}
