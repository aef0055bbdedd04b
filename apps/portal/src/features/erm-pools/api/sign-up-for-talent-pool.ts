import { unwrap } from '@kring/api-client';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import type { TalentPoolSignupInput } from './types';

/** Mirrors the server's TalentPoolSignupInput; messages are i18n keys. */
export const signupSchema = z.object({
  name: z.string().trim().min(1, { error: 'ermPools.join.errors.name' }).max(200, { error: 'validation.tooLong' }),
  email: z.string().trim().min(1, { error: 'ermPools.join.errors.email' }).pipe(z.email({ error: 'ermPools.join.errors.email' })),
  interests: z.array(z.string()),
  skills: z.string().max(1000, { error: 'validation.tooLong' }),
  location: z.string().trim().max(120, { error: 'validation.tooLong' }),
  locale: z.enum(['nl', 'en']),
  consent: z.boolean().refine((value) => value, { error: 'ermPools.join.errors.consent' }),
  alsoConsentTo: z.array(z.enum(['newsletter', 'job_alerts', 'events'])),
  website: z.string(),
});
export type SignupFormValues = z.input<typeof signupSchema>;
export type SignupValues = z.output<typeof signupSchema>;

/** Skills are typed as one comma-separated line. */
export function toSignupInput(values: SignupValues): TalentPoolSignupInput {
  const skills = values.skills
    .split(',')
    .map((skill) => skill.trim())
    .filter(Boolean);
  return {
    name: values.name,
    email: values.email,
    interests: values.interests,
    ...(skills.length ? { skills } : {}),
    ...(values.location ? { location: values.location } : {}),
    locale: values.locale,
    consent: values.consent,
    alsoConsentTo: values.alsoConsentTo,
    ...(values.website ? { website: values.website } : {}),
  };
}

export async function signUpForTalentPool({ slug, values }: { slug: string; values: SignupValues }) {
  return unwrap(await api.POST('/api/public/talent-pool/forms/{slug}/signups', { params: { path: { slug } }, body: toSignupInput(values) }));
}

export function useSignUpForTalentPool() {
  return useMutation({ mutationFn: signUpForTalentPool });
}
