import { type ShareApplicationInput, type ShareApplicationResult, unwrap } from '@kring/api-client';
import { LOCALES } from '@kring/shared-domain';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { cvFileSchema, cvFormData } from '../../../lib/cv';

/** Mirrors the server's ShareApplicationInput; the CV's content is checked by the server. */
export const applySchema = z.object({
  name: z.string().trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.tooLong' }),
  email: z.string().trim().min(1, { error: 'validation.required' }).pipe(z.email({ error: 'validation.email' })),
  phone: z.string().trim().max(40, { error: 'validation.tooLong' }),
  note: z.string().trim().max(2000, { error: 'validation.tooLong' }),
  cv: cvFileSchema,
  consent: z.boolean().refine((value) => value, { error: 'sharedVacancy.consentRequired' }),
  locale: z.enum(LOCALES),
  /** The honeypot: people never see it, bots fill it in. */
  website: z.string(),
});
export type ApplyFormValues = z.input<typeof applySchema>;
export type ApplyInput = z.output<typeof applySchema> & { code: string };

export async function applyViaShareLink({ code, cv, ...input }: ApplyInput): Promise<ShareApplicationResult> {
  const body: ShareApplicationInput = {
    name: input.name,
    email: input.email,
    ...(input.phone ? { phone: input.phone } : {}),
    ...(input.note ? { note: input.note } : {}),
    locale: input.locale,
    consent: input.consent,
    website: input.website,
  };
  return unwrap(
    await api.POST('/api/public/share-links/{code}/applications', {
      params: { path: { code } },
      body,
      bodySerializer: (fields) => cvFormData(fields, cv),
    }),
  );
}

export function useApplyViaShareLink() {
  return useMutation({ mutationFn: applyViaShareLink });
}
