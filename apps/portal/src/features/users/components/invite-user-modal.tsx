import { zodResolver } from '@hookform/resolvers/zod';
import { LOCALES, ROLES } from '@kring/shared-domain';
import { Button, Group, Modal, MultiSelect, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { applyServerFieldErrors, fieldMessage } from '../../../lib/problems';
import type { InviteUserInput } from '@kring/api-client';
import { type InviteUserFormValues, inviteUserSchema, useInviteUser } from '../api/invite-user';

const FIELDS = ['email', 'firstName', 'lastName', 'roles', 'locale'] as const;

interface Props {
  opened: boolean;
  onClose: () => void;
}

export function InviteUserModal({ opened, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const invite = useInviteUser();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const defaultValues: InviteUserFormValues = {
    email: '',
    firstName: '',
    lastName: '',
    roles: ['employee'],
    locale: i18n.language === 'en' ? 'en' : 'nl',
  };
  const form = useForm<InviteUserFormValues, unknown, InviteUserInput>({ resolver: zodResolver(inviteUserSchema), defaultValues });
  const { errors } = form.formState;

  const close = () => {
    form.reset(defaultValues);
    setGeneralError(null);
    invite.reset();
    onClose();
  };

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    invite.mutate(values, {
      onSuccess: (user) => {
        notifications.show({ color: 'teal', message: t('users.invited', { email: user.email }) });
        close();
      },
      onError: (error) => {
        const placed = applyServerFieldErrors(error, FIELDS, form.setError);
        setGeneralError(placed ? null : error);
      },
    });
  });

  return (
    <Modal opened={opened} onClose={close} title={t('users.inviteTitle')} size="lg">
      <form onSubmit={onSubmit} noValidate aria-label={t('users.inviteTitle')}>
        <Stack gap="md">
          <Text size="sm">{t('users.inviteIntro')}</Text>
          <FormAlert error={generalError} />
          <TextInput
            label={t('users.fields.email')}
            type="email"
            autoComplete="off"
            required
            error={fieldMessage(t, errors.email?.message)}
            {...form.register('email')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('users.fields.firstName')}
              autoComplete="off"
              required
              error={fieldMessage(t, errors.firstName?.message)}
              {...form.register('firstName')}
            />
            <TextInput
              label={t('users.fields.lastName')}
              autoComplete="off"
              required
              error={fieldMessage(t, errors.lastName?.message)}
              {...form.register('lastName')}
            />
          </SimpleGrid>
          <Controller
            control={form.control}
            name="roles"
            render={({ field }) => (
              <MultiSelect
                ref={field.ref}
                name={field.name}
                label={t('users.fields.roles')}
                required
                data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
                value={field.value}
                onChange={(value) => field.onChange(value)}
                onBlur={field.onBlur}
                error={fieldMessage(t, errors.roles?.message)}
              />
            )}
          />
          <NativeSelect
            label={t('users.fields.locale')}
            data={LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
            error={fieldMessage(t, errors.locale?.message)}
            {...form.register('locale')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('users.cancel')}
            </Button>
            <Button type="submit" loading={invite.isPending}>
              {t('users.inviteSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
