import { zodResolver } from '@hookform/resolvers/zod';
import type { InvitationLookup, Session } from '@kring/api-client';
import { Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applyServerFieldErrors, fieldMessage } from '../../../lib/problems';
import { type ChoosePasswordInput, choosePasswordSchema, useAcceptInvitation } from '../api/accept-invitation';
import { FormAlert } from '../../../lib/form-alert';

interface Props {
  token: string;
  invitation: InvitationLookup;
  onSuccess: (session: Session) => void;
}

export function AcceptInvitationForm({ token, invitation, onSuccess }: Props) {
  return invitation.passwordRequired ? (
    <ChoosePasswordForm token={token} onSuccess={onSuccess} />
  ) : (
    <AcceptWithoutPassword token={token} onSuccess={onSuccess} />
  );
}

function ChoosePasswordForm({ token, onSuccess }: Omit<Props, 'invitation'>) {
  const { t } = useTranslation();
  const accept = useAcceptInvitation();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<ChoosePasswordInput>({
    resolver: zodResolver(choosePasswordSchema),
    defaultValues: { password: '', passwordConfirmation: '' },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(({ password }) => {
    setGeneralError(null);
    accept.mutate(
      { token, password },
      {
        onSuccess,
        onError: (error) => {
          const placed = applyServerFieldErrors(error, ['password'] as const, form.setError);
          setGeneralError(placed ? null : error);
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('invitation.title')}>
      <Stack gap="md">
        <Text size="sm">{t('invitation.choosePassword')}</Text>
        <FormAlert error={generalError} />
        <PasswordInput
          label={t('invitation.password')}
          description={t('invitation.passwordHint')}
          autoComplete="new-password"
          required
          error={fieldMessage(t, errors.password?.message)}
          aria-invalid={errors.password ? true : undefined}
          {...form.register('password')}
        />
        <PasswordInput
          label={t('invitation.passwordConfirmation')}
          autoComplete="new-password"
          required
          error={fieldMessage(t, errors.passwordConfirmation?.message)}
          aria-invalid={errors.passwordConfirmation ? true : undefined}
          {...form.register('passwordConfirmation')}
        />
        <Button type="submit" loading={accept.isPending} fullWidth>
          {t('invitation.submit')}
        </Button>
      </Stack>
    </form>
  );
}

function AcceptWithoutPassword({ token, onSuccess }: Omit<Props, 'invitation'>) {
  const { t } = useTranslation();
  const accept = useAcceptInvitation();
  return (
    <Stack gap="md">
      <Text size="sm">{t('invitation.noPassword')}</Text>
      <FormAlert error={accept.error} />
      <Button loading={accept.isPending} onClick={() => accept.mutate({ token }, { onSuccess })} fullWidth>
        {t('invitation.acceptWithoutPassword')}
      </Button>
    </Stack>
  );
}
