import { type CreateProgrammeInput, type Programme, unwrap } from '@kring/api-client';
import { AUDIENCES, AUDIENCES_BY_KIND, OWNERSHIP_SCOPES, PROGRAMME_KINDS, VACANCY_SCOPES } from '@kring/shared-domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { amsterdamLocalToIso } from './amsterdam-time';
import { programmeKeys } from './keys';

const wholeNumber = (min: number, max: number, message: string) =>
  z.union([z.number(), z.string()]).transform((value, ctx) => {
    const parsed = typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return parsed;
  });

const localDateTime = z
  .string()
  .refine((value) => value === '' || amsterdamLocalToIso(value) !== null, { error: 'programmes.validation.dateTime' })
  .transform((value) => (value ? amsterdamLocalToIso(value) : null));

/**
 * The programme form, mirroring the server's rules (see programme-rules.ts): audiences fit the kind, the end
 * comes after the start, a selection lists at least one vacancy. `isNew`: a new programme may not end in the past.
 */
export function programmeFormSchema({ isNew, now = () => new Date() }: { isNew: boolean; now?: () => Date }) {
  return z
    .object({
      name: z.string().trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.tooLong' }),
      kind: z.enum(PROGRAMME_KINDS),
      audiences: z.array(z.enum(AUDIENCES)),
      startsAt: localDateTime,
      endsAt: localDateTime,
      vacancyScope: z.enum(VACANCY_SCOPES),
      vacancyIds: z.array(z.string()),
      ownershipDays: wholeNumber(1, 730, 'programmes.validation.ownershipDays'),
      ownershipScope: z.enum(OWNERSHIP_SCOPES),
      consentTimeoutDays: wholeNumber(1, 60, 'programmes.validation.consentTimeoutDays'),
      allowHiringTeamReferrals: z.boolean(),
      termsMarkdown: z.string().max(20_000, { error: 'validation.tooLong' }),
      rewardSummary: z.string().trim().max(200, { error: 'validation.tooLong' }),
    })
    .superRefine((values, ctx) => {
      const allowed = AUDIENCES_BY_KIND[values.kind];
      if (values.audiences.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['audiences'], message: 'programmes.validation.audiencesRequired' });
      } else if (values.audiences.some((audience) => !allowed.includes(audience))) {
        ctx.addIssue({ code: 'custom', path: ['audiences'], message: 'programmes.validation.audiencesKind' });
      }
      if (values.startsAt && values.endsAt && values.endsAt <= values.startsAt) {
        ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'programmes.validation.endBeforeStart' });
      } else if (isNew && values.endsAt && new Date(values.endsAt) <= now()) {
        ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'programmes.validation.endInPast' });
      }
      if (values.vacancyScope === 'selected' && values.vacancyIds.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['vacancyIds'], message: 'programmes.validation.vacanciesRequired' });
      }
    })
    .transform(({ vacancyIds, ...values }) => ({
      ...values,
      // The server refuses a vacancy list with scope "all open".
      vacancyIds: values.vacancyScope === 'selected' ? vacancyIds : [],
    })) satisfies z.ZodType<CreateProgrammeInput, unknown>;
}

export type ProgrammeFormSchema = ReturnType<typeof programmeFormSchema>;
export type ProgrammeFormValues = z.input<ProgrammeFormSchema>;
export type ProgrammeFormOutput = z.output<ProgrammeFormSchema>;

export const PROGRAMME_FORM_FIELDS = [
  'name',
  'kind',
  'audiences',
  'startsAt',
  'endsAt',
  'vacancyScope',
  'vacancyIds',
  'ownershipDays',
  'ownershipScope',
  'consentTimeoutDays',
  'allowHiringTeamReferrals',
  'termsMarkdown',
  'rewardSummary',
] as const satisfies readonly (keyof ProgrammeFormValues)[];

export async function createProgramme(input: CreateProgrammeInput): Promise<Programme> {
  return unwrap(await api.POST('/api/programmes', { body: input }));
}

export function useCreateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProgramme,
    onSuccess: (programme) => {
      queryClient.setQueryData(programmeKeys.detail(programme.id), programme);
      return queryClient.invalidateQueries({ queryKey: programmeKeys.lists() });
    },
  });
}
