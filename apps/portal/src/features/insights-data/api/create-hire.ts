import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { insightsDataKeys } from './keys';
import { HIRE_CHANNELS, type Hire, type HireInput } from './types';

const day = z.string().refine((value) => value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value), { error: 'insightsData.validation.date' });
const text = z.string().trim().max(200, { error: 'validation.tooLong' });

/** The hire form; empty optional fields are sent as null (which clears them on a change). */
export const hireSchema = z
  .object({
    channel: z.enum(HIRE_CHANNELS),
    hiredOn: day.refine((value) => value !== '', { error: 'validation.required' }),
    appliedOn: day,
    startDate: day,
    leftOn: day,
    department: text,
    jobTitle: text,
    externalRef: text,
  })
  .refine((v) => !v.appliedOn || !v.hiredOn || v.appliedOn <= v.hiredOn, { path: ['appliedOn'], error: 'insightsData.validation.appliedAfterHired' })
  .refine((v) => !v.leftOn || !v.startDate || v.leftOn >= v.startDate, { path: ['leftOn'], error: 'insightsData.validation.leftBeforeStart' });
export type HireFormValues = z.input<typeof hireSchema>;
export const HIRE_FIELDS = ['channel', 'hiredOn', 'appliedOn', 'startDate', 'leftOn', 'department', 'jobTitle', 'externalRef'] as const;

export function toHireInput(values: z.output<typeof hireSchema>): HireInput {
  return {
    channel: values.channel,
    hiredOn: values.hiredOn,
    appliedOn: values.appliedOn || null,
    startDate: values.startDate || null,
    leftOn: values.leftOn || null,
    department: values.department || null,
    jobTitle: values.jobTitle || null,
    externalRef: values.externalRef || null,
  };
}

export async function createHire(input: HireInput): Promise<Hire> {
  return unwrap(await api.POST('/api/insights/hires', { body: input }));
}

export function useCreateHire() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createHire, onSuccess: () => queryClient.invalidateQueries({ queryKey: insightsDataKeys.hires() }) });
}
