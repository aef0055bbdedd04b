import { zodResolver } from '@hookform/resolvers/zod';
import type { Session } from '@kring/api-client';
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applyServerFieldErrors, fieldMessage } from '../../../lib/problems';
import { type LoginInput, loginSchema, useLogin } from '../api/login';
import { FormAlert } from '../../../lib/form-alert';

const FIELDS = ['email', 'password'] as const;

export function LoginForm({ onSuccess }: { onSuccess: (session: Session) => void }) {
  const { t } = useTranslation();
  const login = useLogin();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<LoginInput>({ resolver: zodResolver(loginSchema), defaultValues: { email: '', password: '' } });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    login.mutate(values, {
      onSuccess,
      onError: (error) => {
        const placed = applyServerFieldErrors(error, FIELDS, form.setError);
        setGeneralError(placed ? null : error);
      },
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('login.title')}>
      <Stack gap="md">
        <FormAlert error={generalError} />
        <TextInput
          label={t('login.email')}
          type="email"
          autoComplete="username"
          required
          error={fieldMessage(t, errors.email?.message)}
          {...form.register('email')}
        />
        <PasswordInput
          label={t('login.password')}
          autoComplete="current-password"
          required
          error={fieldMessage(t, errors.password?.message)}
          aria-invalid={errors.password ? true : undefined}
          {...form.register('password')}
        />
        <Button type="submit" loading={login.isPending} fullWidth>
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
