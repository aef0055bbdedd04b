import { type StageNames, type StageNamesInput, unwrap } from '@kring/api-client';
import { OPEN_STAGES } from '@kring/shared-domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { referralKeys } from './keys';

const name = z.string().trim().min(1, { error: 'validation.required' }).max(40, { error: 'validation.tooLong' });

export const stageNamesSchema = z.object({
  names: z.array(z.object({ stage: z.enum(OPEN_STAGES), nameNl: name, nameEn: name })),
}) satisfies z.ZodType<StageNamesInput, unknown>;
export type StageNamesFormValues = z.input<typeof stageNamesSchema>;

export async function setStageNames(input: StageNamesInput): Promise<StageNames> {
  return unwrap(await api.PUT('/api/pipeline/stage-names', { body: input }));
}

export function useSetStageNames() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setStageNames,
    onSuccess: (names) => queryClient.setQueryData(referralKeys.stageNames(), names),
  });
}
