import { type CreateVacancyInput, unwrap, type Vacancy } from '@kring/api-client';
import { EMPLOYMENT_TYPES, SALARY_PERIODS } from '@kring/shared-domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { vacancyKeys } from './keys';

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** An optional number from a NumberInput ('' when empty), within the bounds the API accepts. */
const optionalNumber = (max: number, { integer, message }: { integer: boolean; message: string }) =>
  z
    .union([z.number(), z.string()])
    .transform((value, ctx) => {
      if (value === '') return null;
      const parsed = typeof value === 'number' ? value : Number(value.replace(',', '.'));
      if (Number.isNaN(parsed) || parsed < 0 || parsed > max || (integer && !Number.isInteger(parsed))) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return parsed;
    });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'validation.tooLong' })
    .transform((value) => value || null);

/** Mirrors the server's rules, so most mistakes are caught before a round trip; the server stays the judge. */
export const vacancyFormSchema = z
  .object({
    title: z.string().trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.tooLong' }),
    descriptionMarkdown: z.string().max(20_000, { error: 'validation.tooLong' }),
    department: optionalText(100),
    location: optionalText(100),
    employmentType: z.enum(EMPLOYMENT_TYPES),
    hoursMin: optionalNumber(80, { integer: false, message: 'manageVacancies.validation.hours' }),
    hoursMax: optionalNumber(80, { integer: false, message: 'manageVacancies.validation.hours' }),
    salaryMin: optionalNumber(10_000_000, { integer: true, message: 'manageVacancies.validation.salary' }),
    salaryMax: optionalNumber(10_000_000, { integer: true, message: 'manageVacancies.validation.salary' }),
    salaryCurrency: z
      .string()
      .trim()
      .toUpperCase()
      .refine((code) => CURRENCIES.has(code), { error: 'manageVacancies.validation.currency' }),
    salaryPeriod: z.union([z.enum(SALARY_PERIODS), z.literal('')]).transform((value) => value || null),
    skills: z
      .array(z.string().trim().min(1).max(50, { error: 'manageVacancies.validation.skillTooLong' }))
      .max(30, { error: 'manageVacancies.validation.tooManySkills' }),
    hardToFill: z.boolean(),
    hiringManagerUserId: z.string().nullable(),
  })
  .superRefine((values, ctx) => {
    const ranges = [
      ['hoursMin', 'hoursMax'],
      ['salaryMin', 'salaryMax'],
    ] as const;
    for (const [min, max] of ranges) {
      const low = values[min];
      const high = values[max];
      if (low !== null && high !== null && low > high) {
        ctx.addIssue({ code: 'custom', path: [max], message: 'manageVacancies.validation.maxBelowMin' });
      }
    }
  }) satisfies z.ZodType<Omit<CreateVacancyInput, 'status'>, unknown>;

export type VacancyFormValues = z.input<typeof vacancyFormSchema>;
export type VacancyFormOutput = z.output<typeof vacancyFormSchema>;

export const VACANCY_FORM_FIELDS = [
  'title',
  'descriptionMarkdown',
  'department',
  'location',
  'employmentType',
  'hoursMin',
  'hoursMax',
  'salaryMin',
  'salaryMax',
  'salaryCurrency',
  'salaryPeriod',
  'skills',
  'hardToFill',
  'hiringManagerUserId',
] as const satisfies readonly (keyof VacancyFormValues)[];

export async function createVacancy(input: CreateVacancyInput): Promise<Vacancy> {
  return unwrap(await api.POST('/api/vacancies', { body: input }));
}

export function useCreateVacancy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createVacancy,
    onSuccess: (vacancy) => {
      queryClient.setQueryData(vacancyKeys.detail(vacancy.id), vacancy);
      return queryClient.invalidateQueries({ queryKey: vacancyKeys.lists() });
    },
  });
}
