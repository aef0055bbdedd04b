import { type CandidateConsentInput, type CandidateDecision, unwrap } from '@kring/api-client';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { cvFileSchema, cvFormData } from '../../../lib/cv';
import { candidateReferralKeys } from './keys';

/** Mirrors the server's CandidateConsentInput; the CV's content is checked by the server. */
export const consentSchema = z.object({
  note: z.string().trim().max(2000, { error: 'validation.tooLong' }),
  cv: cvFileSchema,
});
export type ConsentFormValues = z.input<typeof consentSchema>;
export type ConsentInput = z.output<typeof consentSchema> & { token: string };

export async function consentToReferral({ token, note, cv }: ConsentInput): Promise<CandidateDecision> {
  const body: CandidateConsentInput = { token, ...(note ? { note } : {}) };
  return unwrap(
    cv
      ? await api.POST('/api/candidate/referral/consent', { body, bodySerializer: (fields) => cvFormData(fields, cv) })
      : await api.POST('/api/candidate/referral/consent', { body }),
  );
}

export function useConsentToReferral() {
  return useMutation({ mutationKey: candidateReferralKeys.answer('consent'), mutationFn: consentToReferral });
}
