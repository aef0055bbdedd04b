import { unwrap } from '@kring/api-client';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import type { TalentPoolSignupInput } from './types';

const MAX_SKILL_LENGTH = 60;
const MAX_SKILLS = 30;

const splitSkills = (line: string) =>
  line
    .split(',')
    .map((skill) => skill.trim())
    .filter(Boolean);

/** The job-alert criteria mirror the server's TalentPoolJobAlertInput: each term at most 100 characters, at most 20. */
const MAX_TERM_LENGTH = 100;
const MAX_TERMS = 20;
const termList = (error: string) =>
  z
    .string()
    .max(2200, { error })
    .refine((value) => splitSkills(value).every((term) => term.length <= MAX_TERM_LENGTH) && splitSkills(value).length <= MAX_TERMS, { error });

export const JOB_ALERT_FREQUENCIES = ['instant', 'daily', 'weekly'] as const;
export const EMPLOYMENT_TYPES = ['permanent', 'temporary', 'flex', 'internship', 'freelance'] as const;

/** Mirrors the server's TalentPoolSignupInput; messages are i18n keys. */
export const signupSchema = z.object({
  name: z.string().trim().min(1, { error: 'ermPools.join.errors.name' }).max(200, { error: 'validation.tooLong' }),
  email: z.string().trim().min(1, { error: 'ermPools.join.errors.email' }).pipe(z.email({ error: 'ermPools.join.errors.email' })),
  interests: z.array(z.string()),
  // The same limits as HR's profile: each skill (comma-separated) at most 60 characters, at most 30; location at most 100.
  skills: z
    .string()
    .max(2000, { error: 'ermPools.join.errors.skills' })
    .refine((value) => splitSkills(value).every((skill) => skill.length <= MAX_SKILL_LENGTH) && splitSkills(value).length <= MAX_SKILLS, {
      error: 'ermPools.join.errors.skills',
    }),
  location: z.string().trim().max(100, { error: 'ermPools.join.errors.location' }),
  locale: z.enum(['nl', 'en']),
  consent: z.boolean().refine((value) => value, { error: 'ermPools.join.errors.consent' }),
  alsoConsentTo: z.array(z.enum(['newsletter', 'job_alerts', 'events'])),
  // Only sent when job_alerts is ticked: that separate consent is what asks for the alert.
  jobKeywords: z.string().trim().max(200, { error: 'ermPools.join.errors.jobKeywords' }),
  jobFunctions: termList('ermPools.join.errors.jobFunctions'),
  jobLocations: termList('ermPools.join.errors.jobLocations'),
  jobEmploymentTypes: z.array(z.enum(EMPLOYMENT_TYPES)),
  jobFrequency: z.enum(JOB_ALERT_FREQUENCIES),
  website: z.string(),
});
export type SignupFormValues = z.input<typeof signupSchema>;
export type SignupValues = z.output<typeof signupSchema>;

/** Skills are typed as one comma-separated line. */
export function toSignupInput(values: SignupValues): TalentPoolSignupInput {
  const skills = splitSkills(values.skills);
  return {
    name: values.name,
    email: values.email,
    interests: values.interests,
    ...(skills.length ? { skills } : {}),
    ...(values.location ? { location: values.location } : {}),
    locale: values.locale,
    consent: values.consent,
    alsoConsentTo: values.alsoConsentTo,
    ...(values.alsoConsentTo.includes('job_alerts') ? { jobAlert: toJobAlert(values) } : {}),
    ...(values.website ? { website: values.website } : {}),
  };
}

/** The job alert created once the sign-up is confirmed; empty criteria are left out (an alert without any matches every vacancy). */
function toJobAlert(values: SignupValues): NonNullable<TalentPoolSignupInput['jobAlert']> {
  const functions = splitSkills(values.jobFunctions);
  const locations = splitSkills(values.jobLocations);
  return {
    ...(values.jobKeywords ? { keywords: values.jobKeywords } : {}),
    ...(functions.length ? { functions } : {}),
    ...(locations.length ? { locations } : {}),
    ...(values.jobEmploymentTypes.length ? { employmentTypes: values.jobEmploymentTypes } : {}),
    frequency: values.jobFrequency,
  };
}

export async function signUpForTalentPool({ slug, values }: { slug: string; values: SignupValues }) {
  return unwrap(await api.POST('/api/public/talent-pool/forms/{slug}/signups', { params: { path: { slug } }, body: toSignupInput(values) }));
}

export function useSignUpForTalentPool() {
  return useMutation({ mutationFn: signUpForTalentPool });
}
