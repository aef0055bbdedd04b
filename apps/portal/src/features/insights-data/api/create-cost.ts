import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { insightsDataKeys } from './keys';
import { eurosToCents } from './money';
import { COST_CATEGORIES, type Cost, type CostInput, HIRE_CHANNELS } from './types';

const MAX_CENTS = 100_000_000_000;
const day = z.string().refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value), { error: 'validation.required' });

/** The cost form: the amount is typed in euros and sent in cents (the API's unit). */
export const costSchema = z
  .object({
    channel: z.enum(HIRE_CHANNELS),
    category: z.enum(COST_CATEGORIES),
    programmeId: z.string(),
    periodStart: day,
    periodEnd: day,
    amount: z.string().refine((value) => value.trim() !== '', { error: 'validation.required' }).refine(
      (value) => value.trim() === '' || (eurosToCents(value) ?? MAX_CENTS + 1) <= MAX_CENTS,
      { error: 'insightsData.validation.amount' },
    ),
    description: z.string().trim().max(500, { error: 'validation.tooLong' }),
  })
  .refine((v) => !v.periodStart || !v.periodEnd || v.periodEnd >= v.periodStart, { path: ['periodEnd'], error: 'insightsData.validation.periodEnd' });
export type CostFormValues = z.input<typeof costSchema>;
/** Form fields, and the API field each server error may name. */
export const COST_FIELDS = ['channel', 'category', 'programmeId', 'periodStart', 'periodEnd', 'amount', 'description'] as const;
export const COST_FIELD_ALIASES = { amountCents: 'amount' } as const;

export function toCostInput(values: z.output<typeof costSchema>): CostInput {
  return {
    channel: values.channel,
    category: values.category,
    programmeId: values.programmeId || null,
    periodStart: values.periodStart,
    periodEnd: values.periodEnd,
    amountCents: eurosToCents(values.amount) ?? 0,
    description: values.description,
  };
}

export async function createCost(input: CostInput): Promise<Cost> {
  return unwrap(await api.POST('/api/insights/costs', { body: input }));
}

export function useCreateCost() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createCost, onSuccess: () => queryClient.invalidateQueries({ queryKey: insightsDataKeys.costs() }) });
}
