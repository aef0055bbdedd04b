import { zodResolver } from '@hookform/resolvers/zod';
import { isApiProblem } from '@kring/api-client';
import { PHASES } from '@kring/shared-domain';
import { Anchor, Button, Group, Modal, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../../lib/form-alert';
import { applyServerFieldErrors, fieldMessage } from '../../../lib/problems';
import { type CreatePersonFormValues, createPersonSchema, useCreatePerson } from '../api/create-person';
import { listPeople } from '../api/list-people';
import type { PersonDetail } from '../api/types';

const DEFAULTS: CreatePersonFormValues = { firstName: '', lastName: '', email: '', phase: 'information' };

interface Props {
  opened: boolean;
  onClose: () => void;
  onCreated: (person: PersonDetail) => void;
}

export function CreatePersonModal({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const create = useCreatePerson();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const [existingId, setExistingId] = useState<string | null>(null);
  const form = useForm<CreatePersonFormValues>({ resolver: zodResolver(createPersonSchema), defaultValues: DEFAULTS });
  const { errors } = form.formState;

  const close = () => {
    form.reset(DEFAULTS);
    setGeneralError(null);
    setExistingId(null);
    create.reset();
    onClose();
  };

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    setExistingId(null);
    const parsed = createPersonSchema.parse(values);
    create.mutate(
      { firstName: parsed.firstName, lastName: parsed.lastName, phase: parsed.phase, ...(parsed.email ? { email: parsed.email } : {}) },
      {
        onSuccess: (person) => {
          onCreated(person);
          close();
        },
        onError: (error) => {
          if (isApiProblem(error) && error.code === 'person_email_taken') {
            form.setError('email', { type: 'server', message: 'ermPeople.errors.emailTaken' }, { shouldFocus: true });
            // ApiProblem keeps no extension members (existingPersonId), so look the person up by the address.
            void listPeople({ q: parsed.email, page: 1 }).then(
              (found) => setExistingId(found.items.find((person) => person.email === parsed.email.toLowerCase())?.id ?? null),
              () => setExistingId(null),
            );
            return;
          }
          const placed = applyServerFieldErrors(error, ['firstName', 'lastName', 'email', 'phase'] as const, form.setError);
          setGeneralError(placed ? null : error);
        },
      },
    );
  });

  return (
    <Modal opened={opened} onClose={close} title={t('ermPeople.create.title')} size="lg">
      <form onSubmit={onSubmit} noValidate aria-label={t('ermPeople.create.title')}>
        <Stack gap="md">
          <FormAlert error={generalError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('ermPeople.fields.firstName')} required error={fieldMessage(t, errors.firstName?.message)} {...form.register('firstName')} />
            <TextInput label={t('ermPeople.fields.lastName')} error={fieldMessage(t, errors.lastName?.message)} {...form.register('lastName')} />
          </SimpleGrid>
          <TextInput type="email" label={t('ermPeople.fields.email')} error={fieldMessage(t, errors.email?.message)} {...form.register('email')} />
          {existingId ? (
            <Anchor component={Link} to={`/people/${existingId}`} onClick={close}>
              {t('ermPeople.create.existing')}
            </Anchor>
          ) : null}
          <NativeSelect
            label={t('ermPeople.fields.phase')}
            data={PHASES.map((phase) => ({ value: phase, label: t(`ermPeople.phases.${phase}`) }))}
            {...form.register('phase')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('ermPeople.create.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('ermPeople.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
