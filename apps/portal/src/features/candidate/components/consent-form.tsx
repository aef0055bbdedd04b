import { zodResolver } from '@hookform/resolvers/zod';
import { isApiProblem } from '@kring/api-client';
import { Alert, Button, FileInput, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { applyServerFieldErrors, fieldMessage } from '../../../lib/problems';
import { type ConsentFormValues, type ConsentInput, consentSchema, useConsentToReferral } from '../api/consent-to-referral';
import { CandidateLinkInvalid } from './candidate-link-invalid';

const CV_ACCEPT = '.pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const CV_CODES = new Set(['file_too_large', 'file_type_not_allowed']);

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
  const message = (value: string | undefined) => (value?.startsWith('candidate.') ? t(value) : fieldMessage(t, value));

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    consent.mutate(
      { ...values, token },
      {
        onError: (error) => {
          if (isApiProblem(error) && CV_CODES.has(error.code)) {
            form.setError('cv', { type: 'server', message: `candidate.cvErrors.${error.code}` }, { shouldFocus: true });
            return;
          }
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
        <Controller
          control={form.control}
          name="cv"
          render={({ field }) => (
            <FileInput
              ref={field.ref}
              name={field.name}
              label={hasCv ? t('candidate.fields.replaceCv') : t('candidate.fields.cv')}
              description={t('candidate.cvHint')}
              placeholder={t('candidate.cvPlaceholder')}
              accept={CV_ACCEPT}
              clearable
              clearButtonProps={{ 'aria-label': t('candidate.cvClear') }}
              value={field.value ?? null}
              onChange={(file) => field.onChange(file)}
              onBlur={field.onBlur}
              error={message(errors.cv?.message)}
            />
          )}
        />
        <Textarea
          label={t('candidate.fields.note')}
          description={t('candidate.noteHint')}
          rows={3}
          error={message(errors.note?.message)}
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
