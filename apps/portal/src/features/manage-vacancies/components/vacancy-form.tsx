import { zodResolver } from '@hookform/resolvers/zod';
import type { Vacancy } from '@kring/api-client';
import { EMPLOYMENT_TYPES, SALARY_PERIODS } from '@kring/shared-domain';
import {
  Button,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { applyServerFieldErrors, fieldMessage } from '../../../lib/problems';
import {
  useCreateVacancy,
  VACANCY_FORM_FIELDS,
  type VacancyFormOutput,
  type VacancyFormValues,
  vacancyFormSchema,
} from '../api/create-vacancy';
import { useUpdateVacancy } from '../api/update-vacancy';

export interface HiringManagerOption {
  value: string;
  label: string;
}

interface Props {
  /** The vacancy being edited; absent when creating one. */
  vacancy?: Vacancy;
  hiringManagerOptions: HiringManagerOption[];
  onHiringManagerSearch: (search: string) => void;
  onCreated?: (vacancy: Vacancy) => void;
}

function formValues(vacancy: Vacancy | undefined): VacancyFormValues {
  return {
    title: vacancy?.title ?? '',
    descriptionMarkdown: vacancy?.descriptionMarkdown ?? '',
    department: vacancy?.department ?? '',
    location: vacancy?.location ?? '',
    employmentType: vacancy?.employmentType ?? 'permanent',
    hoursMin: vacancy?.hoursMin ?? '',
    hoursMax: vacancy?.hoursMax ?? '',
    salaryMin: vacancy?.salaryMin ?? '',
    salaryMax: vacancy?.salaryMax ?? '',
    salaryCurrency: vacancy?.salaryCurrency ?? 'EUR',
    salaryPeriod: vacancy?.salaryPeriod ?? '',
    skills: vacancy?.skills ?? [],
    hardToFill: vacancy?.hardToFill ?? false,
    hiringManagerUserId: vacancy?.hiringManagerUserId ?? null,
  };
}

const NUMBER_FIELDS = [
  { name: 'hoursMin', decimals: 1 },
  { name: 'hoursMax', decimals: 1 },
  { name: 'salaryMin', decimals: 0 },
  { name: 'salaryMax', decimals: 0 },
] as const;

export function VacancyForm({ vacancy, hiringManagerOptions, onHiringManagerSearch, onCreated }: Props) {
  const { t, i18n } = useTranslation();
  const create = useCreateVacancy();
  const update = useUpdateVacancy();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<VacancyFormValues, unknown, VacancyFormOutput>({
    resolver: zodResolver(vacancyFormSchema),
    defaultValues: formValues(vacancy),
  });
  const { errors } = form.formState;
  const message = (value: string | undefined) => fieldMessage(t, value);
  const decimalSeparator = i18n.language === 'en' ? '.' : ',';

  const onError = (error: unknown) => {
    const placed = applyServerFieldErrors(error, VACANCY_FORM_FIELDS, form.setError);
    setGeneralError(placed ? null : error);
  };

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    if (vacancy) {
      update.mutate(
        { id: vacancy.id, input: { ...values, status: vacancy.status } },
        {
          onSuccess: (saved) => {
            form.reset(formValues(saved));
            notifications.show({ color: 'teal', message: t('manageVacancies.saved', { title: saved.title }) });
          },
          onError,
        },
      );
    } else {
      create.mutate(
        { ...values, status: 'draft' },
        {
          onSuccess: (created) => {
            notifications.show({ color: 'teal', message: t('manageVacancies.created', { title: created.title }) });
            onCreated?.(created);
          },
          onError,
        },
      );
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t(vacancy ? 'manageVacancies.editFormLabel' : 'manageVacancies.newFormLabel')}>
      <Stack gap="md">
        <FormAlert error={generalError} />
        <TextInput
          label={t('manageVacancies.fields.title')}
          required
          error={message(errors.title?.message)}
          {...form.register('title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('manageVacancies.fields.department')} error={message(errors.department?.message)} {...form.register('department')} />
          <TextInput label={t('manageVacancies.fields.location')} error={message(errors.location?.message)} {...form.register('location')} />
          <NativeSelect
            label={t('manageVacancies.fields.employmentType')}
            data={EMPLOYMENT_TYPES.map((value) => ({ value, label: t(`manageVacancies.employmentTypes.${value}`) }))}
            error={message(errors.employmentType?.message)}
            {...form.register('employmentType')}
          />
        </SimpleGrid>

        <Fieldset legend={t('manageVacancies.hoursAndSalary')} variant="unstyled">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            {NUMBER_FIELDS.map(({ name, decimals }) => (
              <Controller
                key={name}
                control={form.control}
                name={name}
                render={({ field }) => (
                  <NumberInput
                    ref={field.ref}
                    name={field.name}
                    label={t(`manageVacancies.fields.${name}`)}
                    min={0}
                    decimalScale={decimals}
                    decimalSeparator={decimalSeparator}
                    thousandSeparator={decimals === 0 ? (decimalSeparator === ',' ? '.' : ',') : undefined}
                    allowNegative={false}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    error={message(errors[name]?.message)}
                  />
                )}
              />
            ))}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 2 }} mt="sm">
            <TextInput
              label={t('manageVacancies.fields.salaryCurrency')}
              maxLength={3}
              error={message(errors.salaryCurrency?.message)}
              {...form.register('salaryCurrency')}
            />
            <NativeSelect
              label={t('manageVacancies.fields.salaryPeriod')}
              data={[
                { value: '', label: t('manageVacancies.noSalaryPeriod') },
                ...SALARY_PERIODS.map((value) => ({ value, label: t(`manageVacancies.salaryPeriods.${value}`) })),
              ]}
              error={message(errors.salaryPeriod?.message)}
              {...form.register('salaryPeriod')}
            />
          </SimpleGrid>
        </Fieldset>

        <Controller
          control={form.control}
          name="skills"
          render={({ field }) => (
            <TagsInput
              ref={field.ref}
              name={field.name}
              label={t('manageVacancies.fields.skills')}
              description={t('manageVacancies.skillsHint')}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              maxTags={30}
              clearable
              error={message(errors.skills?.message ?? errors.skills?.find?.((item) => item?.message)?.message)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="hiringManagerUserId"
          render={({ field }) => (
            <Select
              ref={field.ref}
              name={field.name}
              label={t('manageVacancies.fields.hiringManagerUserId')}
              placeholder={t('manageVacancies.hiringManagerPlaceholder')}
              data={hiringManagerOptions}
              value={field.value}
              onChange={(value) => field.onChange(value)}
              onBlur={field.onBlur}
              onSearchChange={onHiringManagerSearch}
              nothingFoundMessage={t('manageVacancies.noUsersFound')}
              searchable
              clearable
              error={message(errors.hiringManagerUserId?.message)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="hardToFill"
          render={({ field }) => (
            <Switch
              ref={field.ref}
              name={field.name}
              label={t('manageVacancies.fields.hardToFill')}
              description={t('manageVacancies.hardToFillHint')}
              checked={field.value}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
              onBlur={field.onBlur}
              error={message(errors.hardToFill?.message)}
            />
          )}
        />
        <Textarea
          label={t('manageVacancies.fields.descriptionMarkdown')}
          description={t('manageVacancies.markdownHint')}
          autosize
          minRows={8}
          maxRows={24}
          error={message(errors.descriptionMarkdown?.message)}
          {...form.register('descriptionMarkdown')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t(vacancy ? 'manageVacancies.save' : 'manageVacancies.createSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
