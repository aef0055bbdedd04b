import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { insightsDataKeys } from './keys';
import { HIRE_CHANNELS, OFFER_OUTCOMES, type Offer, type OfferInput } from './types';

const day = z.string().refine((value) => value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value), { error: 'insightsData.validation.date' });

/** The offer form: the decision day is required once the offer was accepted or declined, and empty while pending. */
export const offerSchema = z
  .object({
    channel: z.enum(HIRE_CHANNELS),
    madeOn: day.refine((value) => value !== '', { error: 'validation.required' }),
    outcome: z.enum(OFFER_OUTCOMES),
    decidedOn: day,
    department: z.string().trim().max(200, { error: 'validation.tooLong' }),
    externalRef: z.string().trim().max(200, { error: 'validation.tooLong' }),
  })
  .refine((v) => v.outcome === 'pending' || v.decidedOn !== '', { path: ['decidedOn'], error: 'insightsData.validation.decidedOnRequired' })
  .refine((v) => !v.decidedOn || !v.madeOn || v.decidedOn >= v.madeOn, { path: ['decidedOn'], error: 'insightsData.validation.decidedBeforeMade' });
export type OfferFormValues = z.input<typeof offerSchema>;
export const OFFER_FIELDS = ['channel', 'madeOn', 'outcome', 'decidedOn', 'department', 'externalRef'] as const;

export function toOfferInput(values: z.output<typeof offerSchema>): OfferInput {
  return {
    channel: values.channel,
    madeOn: values.madeOn,
    outcome: values.outcome,
    decidedOn: values.outcome === 'pending' ? null : values.decidedOn || null,
    department: values.department || null,
    externalRef: values.externalRef || null,
  };
}

export async function createOffer(input: OfferInput): Promise<Offer> {
  return unwrap(await api.POST('/api/insights/offers', { body: input }));
}

export function useCreateOffer() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createOffer, onSuccess: () => queryClient.invalidateQueries({ queryKey: insightsDataKeys.offers() }) });
}
