import { type operations, type RequestBody, type SuccessBody, unwrap } from '@kring/api-client';
import { CV_MAX_BYTES, LOCALES } from '@kring/shared-domain';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';

export type ShareApplicationResult = SuccessBody<operations['applyViaShareLink']>;
type ShareApplicationBody = RequestBody<operations['applyViaShareLink']>;

const CV_EXTENSIONS = ['.pdf', '.docx'];

/** Mirrors the server's ShareApplicationInput; the CV's content is checked by the server. */
export const applySchema = z.object({
  name: z.string().trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.tooLong' }),
  email: z.string().trim().min(1, { error: 'validation.required' }).pipe(z.email({ error: 'validation.email' })),
  phone: z.string().trim().max(40, { error: 'validation.tooLong' }),
  note: z.string().trim().max(2000, { error: 'validation.tooLong' }),
  cv: z
    .instanceof(File)
    .nullable()
    .refine((file) => !file || CV_EXTENSIONS.some((ext) => file.name.toLowerCase().endsWith(ext)), {
      error: 'sharedVacancy.cvErrors.file_type_not_allowed',
    })
    .refine((file) => !file || file.size <= CV_MAX_BYTES, { error: 'sharedVacancy.cvErrors.file_too_large' }),
  consent: z.boolean().refine((value) => value, { error: 'sharedVacancy.consentRequired' }),
  locale: z.enum(LOCALES),
  /** The honeypot: people never see it, bots fill it in. */
  website: z.string(),
});
export type ApplyFormValues = z.input<typeof applySchema>;
export type ApplyInput = z.output<typeof applySchema> & { code: string };

/** Multipart fields are strings; the browser sets the content type with its boundary. */
function toFormData(body: ShareApplicationBody, cv: File | null): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    if (value !== undefined && value !== null) form.append(name, String(value));
  }
  if (cv) form.append('cv', cv, cv.name);
  return form;
}

export async function applyViaShareLink({ code, cv, ...input }: ApplyInput): Promise<ShareApplicationResult> {
  const body: ShareApplicationBody = {
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
      bodySerializer: (fields) => toFormData(fields, cv),
    }),
  );
}

export function useApplyViaShareLink() {
  return useMutation({ mutationFn: applyViaShareLink });
}
