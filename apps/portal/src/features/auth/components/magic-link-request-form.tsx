import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applyServerFieldErrors, fieldMessage } from '../../../lib/problems';
import { type MagicLinkRequestInput, magicLinkRequestSchema, useRequestMagicLink } from '../api/request-magic-link';
import { FormAlert } from '../../../lib/form-alert';

export function MagicLinkRequestForm({ defaultEmail = '' }: { defaultEmail?: string }) {
  const { t } = useTranslation();
  const request = useRequestMagicLink();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<MagicLinkRequestInput>({
    resolver: zodResolver(magicLinkRequestSchema),
    defaultValues: { email: defaultEmail },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    request.mutate(values, {
      onError: (error) => {
        const placed = applyServerFieldErrors(error, ['email'] as const, form.setError);
        setGeneralError(placed ? null : error);
      },
    });
  });

  if (request.isSuccess) {
    return (
      <Alert color="teal" variant="light" title={t('login.magicLinkSentTitle')} role="status">
        <Text size="sm">{t('login.magicLinkSent', { email: request.variables.email })}</Text>
      </Alert>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('login.magicLinkSubmit')}>
      <Stack gap="md">
        <Text size="sm">{t('login.magicLinkIntro')}</Text>
        <FormAlert error={generalError} />
        <TextInput
          label={t('login.email')}
          type="email"
          autoComplete="email"
          required
          error={fieldMessage(t, errors.email?.message)}
          {...form.register('email')}
        />
        <Button type="submit" loading={request.isPending} fullWidth>
          {t('login.magicLinkSubmit')}
        </Button>
      </Stack>
    </form>
  );
}
