import { type ApiProblem, type SubmitReferralInput, type SubmittedReferral, toApiProblem } from '@kring/api-client';
import { LOCALES, RELATIONSHIPS } from '@kring/shared-domain';
import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { cvFileSchema, cvFormData } from '../../../lib/cv';

const optionalText = (max: number) => z.string().trim().max(max, { error: 'validation.tooLong' });

/** Mirrors the server's SubmitReferralInput; the CV's content is checked by the server. */
export const referSchema = z
  .object({
    candidateName: z.string().trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.tooLong' }),
    candidateEmail: optionalText(320).refine((value) => value === '' || z.email().safeParse(value).success, {
      error: 'validation.email',
    }),
    candidatePhone: optionalText(40).refine((value) => value === '' || /^[+()\d\s.-]{6,}$/.test(value), {
      error: 'refer.validation.phone',
    }),
    relationship: z.enum(RELATIONSHIPS, { error: 'refer.validation.relationship' }),
    motivation: optionalText(2000),
    cv: cvFileSchema,
    candidateInformed: z.boolean(),
    candidateLocale: z.enum([...LOCALES, '']),
  })
  .superRefine((values, ctx) => {
    if (values.candidateEmail || values.candidatePhone) return;
    for (const path of ['candidateEmail', 'candidatePhone']) {
      ctx.addIssue({ code: 'custom', path: [path], message: 'refer.validation.emailOrPhone' });
    }
  });
export type ReferFormValues = z.input<typeof referSchema>;
export type ReferInput = z.output<typeof referSchema> & { vacancyId: string | null };

/** An ApiProblem that may say when the candidate was referred before (409 candidate_already_referred). */
export type ReferralProblem = ApiProblem & { referredOn?: string };

function referredOnOf(body: unknown, detail: string): string | undefined {
  const value = (body as { referredOn?: unknown } | undefined)?.referredOn;
  if (typeof value === 'string') return value;
  return /\d{4}-\d{2}-\d{2}/.exec(detail)?.[0];
}

function toBody(input: ReferInput): SubmitReferralInput {
  return {
    // The generated type of vacancyId is off (a uuid string, typed as an object); the server expects the string.
    ...(input.vacancyId ? { vacancyId: input.vacancyId } : {}),
    candidateName: input.candidateName,
    ...(input.candidateEmail ? { candidateEmail: input.candidateEmail } : {}),
    ...(input.candidatePhone ? { candidatePhone: input.candidatePhone } : {}),
    ...(input.candidateLocale ? { candidateLocale: input.candidateLocale } : {}),
    relationship: input.relationship,
    ...(input.motivation ? { motivation: input.motivation } : {}),
    candidateInformed: input.candidateInformed,
  };
}

export async function submitReferral(input: ReferInput): Promise<SubmittedReferral> {
  const body = toBody(input);
  const cv = input.cv;
  const result = cv
    ? await api.POST('/api/referrals', { body, bodySerializer: (fields) => cvFormData(fields, cv) })
    : await api.POST('/api/referrals', { body });
  if (result.error !== undefined || !result.response.ok) {
    const problem: ReferralProblem = toApiProblem(result.error, result.response);
    if (problem.code === 'candidate_already_referred') problem.referredOn = referredOnOf(result.error, problem.message);
    throw problem;
  }
  return result.data;
}

/** `invalidates`: the lists a new referral changes (the page passes the referrer's "my referrals" lists). */
export function useSubmitReferral({ invalidates }: { invalidates: readonly QueryKey[] }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitReferral,
    onSuccess: () => Promise.all(invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
