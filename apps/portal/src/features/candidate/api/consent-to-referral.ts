import { type operations, type RequestBody, type SuccessBody, unwrap } from '@kring/api-client';
import { CV_MAX_BYTES } from '@kring/shared-domain';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';

export type CandidateDecision = SuccessBody<operations['consentToReferral']>;
type ConsentBody = RequestBody<operations['consentToReferral']>;

const CV_EXTENSIONS = ['.pdf', '.docx'];

/** Mirrors the server's CandidateConsentInput; the CV's content is checked by the server. */
export const consentSchema = z.object({
  note: z.string().trim().max(2000, { error: 'validation.tooLong' }),
  cv: z
    .instanceof(File)
    .nullable()
    .refine((file) => !file || CV_EXTENSIONS.some((ext) => file.name.toLowerCase().endsWith(ext)), {
      error: 'candidate.cvErrors.file_type_not_allowed',
    })
    .refine((file) => !file || file.size <= CV_MAX_BYTES, { error: 'candidate.cvErrors.file_too_large' }),
});
export type ConsentFormValues = z.input<typeof consentSchema>;
export type ConsentInput = z.output<typeof consentSchema> & { token: string };

function toFormData(body: ConsentBody, cv: File): FormData {
  const form = new FormData();
  form.append('token', body.token);
  if (body.note) form.append('note', body.note);
  form.append('cv', cv, cv.name);
  return form;
}

export async function consentToReferral({ token, note, cv }: ConsentInput): Promise<CandidateDecision> {
  const body: ConsentBody = { token, ...(note ? { note } : {}) };
  return unwrap(
    cv
      ? await api.POST('/api/candidate/referral/consent', { body, bodySerializer: (fields) => toFormData(fields, cv) })
      : await api.POST('/api/candidate/referral/consent', { body }),
  );
}

export function useConsentToReferral() {
  return useMutation({ mutationFn: consentToReferral });
}
