import { zodResolver } from '@hookform/resolvers/zod';
import { isApiProblem } from '@kring/api-client';
import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { applyServerFieldErrors, fieldMessage } from '../../../lib/problems';
import type { PersonDetail } from '../api/types';
import { type PersonProfileFormValues, personProfileSchema, toUpdateInput, useUpdatePerson } from '../api/update-person';

const FIELDS = ['firstName', 'lastName', 'email', 'phone', 'locale', 'location', 'functionTitle', 'department', 'skills', 'tags'] as const;

const valuesOf = (person: PersonDetail): PersonProfileFormValues => ({
  firstName: person.firstName,
  lastName: person.lastName,
  email: person.email ?? '',
  phone: person.phone ?? '',
  locale: person.locale,
  location: person.location ?? '',
  functionTitle: person.functionTitle ?? '',
  department: person.department ?? '',
  skills: person.skills,
  tags: person.tags,
});

/** HR edits a person's profile; tags and skills are stored lower-case, the email stays unique. */
export function PersonProfileForm({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const update = useUpdatePerson();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<PersonProfileFormValues>({ resolver: zodResolver(personProfileSchema), values: valuesOf(person) });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    setSaved(false);
    update.mutate(
      { id: person.id, input: toUpdateInput(personProfileSchema.parse(values)) },
      {
        onSuccess: () => setSaved(true),
        onError: (error) => {
          if (isApiProblem(error) && error.code === 'person_email_taken') {
            form.setError('email', { type: 'server', message: 'ermPeople.errors.emailTaken' }, { shouldFocus: true });
            return;
          }
          setGeneralError(applyServerFieldErrors(error, FIELDS, form.setError) ? null : error);
        },
      },
    );
  });

  const text = (name: Exclude<(typeof FIELDS)[number], 'skills' | 'tags' | 'locale'>, required = false) => (
    <TextInput label={t(`ermPeople.fields.${name}`)} required={required} error={fieldMessage(t, errors[name]?.message)} {...form.register(name)} />
  );
  const labels = (name: 'skills' | 'tags') => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <TagsInput
          label={t(`ermPeople.fields.${name}`)}
          description={t('ermPeople.filter.addHint')}
          value={field.value}
          onChange={(next) => field.onChange([...new Set(next.map((v) => v.trim().toLowerCase()).filter(Boolean))])}
          error={fieldMessage(t, errors[name]?.message)}
        />
      )}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('ermPeople.person.profile')}>
      <Stack gap="md">
        <FormAlert error={generalError} />
        {saved ? (
          <Alert color="teal" variant="light" role="status" withCloseButton onClose={() => setSaved(false)}>
            <Text size="sm">{t('ermPeople.person.saved')}</Text>
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {text('firstName', true)}
          {text('lastName')}
          <TextInput type="email" label={t('ermPeople.fields.email')} error={fieldMessage(t, errors.email?.message)} {...form.register('email')} />
          {text('phone')}
          <NativeSelect
            label={t('ermPeople.fields.locale')}
            data={[
              { value: 'nl', label: t('ermPeople.locales.nl') },
              { value: 'en', label: t('ermPeople.locales.en') },
            ]}
            {...form.register('locale')}
          />
          {text('location')}
          {text('functionTitle')}
          {text('department')}
          {labels('skills')}
          {labels('tags')}
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {t('ermPeople.fields.source')}: {t(`ermPeople.sources.${person.source}`)}
        </Text>
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending}>
            {t('ermPeople.person.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
