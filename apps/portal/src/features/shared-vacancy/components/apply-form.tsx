import { zodResolver } from '@hookform/resolvers/zod';
import { isApiProblem } from '@kring/api-client';
import { isLocale } from '@kring/shared-domain';
import { Alert, Button, Checkbox, SimpleGrid, Stack, Text, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CvFileInput } from '../../../components/cv-file-input';
import { placeCvProblem } from '../../../lib/cv';
import { FormAlert } from '../../../lib/form-alert';
import { applyServerFieldErrors, fieldMessage } from '../../../lib/problems';
import { type ApplyFormValues, type ApplyInput, applySchema, useApplyViaShareLink } from '../api/apply-via-share-link';

const FIELDS = ['name', 'email', 'phone', 'note', 'cv', 'consent'] as const;

interface Props {
  code: string;
  organisationName: string;
  referrerFirstName: string;
}

/** Applying through a colleague's link: the candidate's own details and consent, in one go. */
export function ApplyForm({ code, organisationName, referrerFirstName }: Props) {
  const { t, i18n } = useTranslation();
  const apply = useApplyViaShareLink();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<ApplyFormValues, unknown, Omit<ApplyInput, 'code'>>({
    resolver: zodResolver(applySchema),
    defaultValues: { name: '', email: '', phone: '', note: '', cv: null, consent: false, locale: 'nl', website: '' },
  });
  const { errors } = form.formState;
  const message = (value: string | undefined) => fieldMessage(t, value);

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    const locale = isLocale(i18n.language) ? i18n.language : 'nl';
    apply.mutate(
      { ...values, locale, code },
      {
        onError: (error) => {
          if (placeCvProblem(error, form.setError)) return;
          setGeneralError(applyServerFieldErrors(error, FIELDS, form.setError) ? null : error);
        },
      },
    );
  });

  if (apply.isSuccess) {
    return (
      <Alert color="teal" variant="light" title={t('sharedVacancy.receivedTitle')} role="status" aria-live="polite">
        <Text size="sm">{t('sharedVacancy.received', { organisation: organisationName })}</Text>
      </Alert>
    );
  }
  if (isApiProblem(generalError) && generalError.code === 'candidate_already_referred') {
    return (
      <Alert color="blue" variant="light" title={t('sharedVacancy.alreadyKnownTitle')} role="status" aria-live="polite">
        <Text size="sm">{t('sharedVacancy.alreadyKnown', { organisation: organisationName })}</Text>
      </Alert>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="apply-title">
      <Stack gap="sm">
        <Text size="sm">{t('sharedVacancy.applyIntro', { referrer: referrerFirstName, organisation: organisationName })}</Text>
        {isApiProblem(generalError) && generalError.code === 'rate_limited' ? (
          <Alert color="orange" variant="light" role="alert">
            <Text size="sm">{t('sharedVacancy.rateLimited')}</Text>
          </Alert>
        ) : (
          <FormAlert error={generalError} />
        )}
        <TextInput label={t('sharedVacancy.fields.name')} autoComplete="name" required error={message(errors.name?.message)} {...form.register('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('sharedVacancy.fields.email')}
            type="email"
            autoComplete="email"
            required
            error={message(errors.email?.message)}
            {...form.register('email')}
          />
          <TextInput
            label={t('sharedVacancy.fields.phone')}
            type="tel"
            autoComplete="tel"
            error={message(errors.phone?.message)}
            {...form.register('phone')}
          />
        </SimpleGrid>
        <CvFileInput control={form.control} name="cv" label={t('sharedVacancy.fields.cv')} />
        <Textarea
          label={t('sharedVacancy.fields.note')}
          autosize
          minRows={3}
          maxRows={10}
          error={message(errors.note?.message)}
          {...form.register('note')}
        />
        {/* The honeypot: hidden from people and assistive technology; only bots fill it in. */}
        <VisuallyHidden aria-hidden="true">
          <label>
            {t('sharedVacancy.fields.website')}
            <input type="text" tabIndex={-1} autoComplete="off" {...form.register('website')} />
          </label>
        </VisuallyHidden>
        <Text size="xs" c="dimmed" id="apply-privacy">
          {t('sharedVacancy.privacyNotice', { organisation: organisationName, referrer: referrerFirstName })}
        </Text>
        <Checkbox
          label={t('sharedVacancy.fields.consent', { organisation: organisationName })}
          aria-describedby="apply-privacy"
          required
          error={message(errors.consent?.message)}
          {...form.register('consent')}
        />
        <Button type="submit" loading={apply.isPending}>
          {t('sharedVacancy.submit')}
        </Button>
      </Stack>
    </form>
  );
}
