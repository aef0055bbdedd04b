import { zodResolver } from '@hookform/resolvers/zod';
import { isApiProblem } from '@kring/api-client';
import { Alert, Button, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CvFileInput } from '../../../components/cv-file-input';
import { placeCvProblem } from '../../../lib/cv';
import { FormAlert } from '../../../lib/form-alert';
import { applyServerFieldErrors, fieldMessage } from '../../../lib/problems';
import { type ConsentFormValues, type ConsentInput, consentSchema, useConsentToReferral } from '../api/consent-to-referral';
import { CandidateLinkInvalid } from './candidate-link-invalid';

interface Props {
  token: string;
  hasCv: boolean;
  organisationName: string;
}

export function ConsentForm({ token, hasCv, organisationName }: Props) {
  const { t } = useTranslation();
  const consent = useConsentToReferral();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<ConsentFormValues, unknown, Omit<ConsentInput, 'token'>>({
    resolver: zodResolver(consentSchema),
    defaultValues: { note: '', cv: null },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    consent.mutate(
      { ...values, token },
      {
        onError: (error) => {
          if (placeCvProblem(error, form.setError)) return;
          setGeneralError(applyServerFieldErrors(error, ['note', 'cv'], form.setError) ? null : error);
        },
      },
    );
  });

  if (consent.isSuccess) {
    return (
      <Alert color="teal" variant="light" title={t('candidate.consentedTitle')} role="status" aria-live="polite">
        <Text size="sm">{t('candidate.consented', { organisation: organisationName })}</Text>
      </Alert>
    );
  }
  if (isApiProblem(generalError) && generalError.code === 'candidate_token_invalid') return <CandidateLinkInvalid />;

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('candidate.consentFormLabel')}>
      <Stack gap="sm">
        <FormAlert error={generalError} />
        <CvFileInput
          control={form.control}
          name="cv"
          label={hasCv ? t('candidate.fields.replaceCv') : t('candidate.fields.cv')}
        />
        <Textarea
          label={t('candidate.fields.note')}
          description={t('candidate.noteHint')}
          autosize
          minRows={3}
          maxRows={10}
          error={fieldMessage(t, errors.note?.message)}
          {...form.register('note')}
        />
        <Button type="submit" loading={consent.isPending}>
          {t('candidate.consentSubmit')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('candidate.declineHint')}
        </Text>
      </Stack>
    </form>
  );
}
