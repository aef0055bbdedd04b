import { zodResolver } from '@hookform/resolvers/zod';
import { isApiProblem } from '@kring/api-client';
import { LOCALES, RELATIONSHIPS } from '@kring/shared-domain';
import { Alert, Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CvFileInput } from '../../../components/cv-file-input';
import { placeCvProblem } from '../../../lib/cv';
import { applyServerFieldErrors, fieldMessage } from '../../../lib/problems';
import { type ReferFormValues, type ReferInput, referSchema, useSubmitReferral } from '../api/submit-referral';
import { referProblemMessage } from './refer-problem';

const FIELDS = ['candidateName', 'candidateEmail', 'candidatePhone', 'relationship', 'motivation', 'cv', 'candidateInformed', 'candidateLocale'] as const;

const EMPTY: ReferFormValues = {
  candidateName: '',
  candidateEmail: '',
  candidatePhone: '',
  relationship: '' as ReferFormValues['relationship'],
  motivation: '',
  cv: null,
  candidateInformed: false,
  candidateLocale: '',
};

interface Props {
  /** Null for a general referral (talent pool). */
  vacancyId: string | null;
  /** Query keys of lists a new referral changes. */
  invalidates: readonly QueryKey[];
  onDone: () => void;
}

/** Short on purpose: name, a way to reach them, how you know them. The rest is optional. */
export function ReferForm({ vacancyId, invalidates, onDone }: Props) {
  const { t } = useTranslation();
  const submit = useSubmitReferral({ invalidates });
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<ReferFormValues, unknown, Omit<ReferInput, 'vacancyId'>>({ resolver: zodResolver(referSchema), defaultValues: EMPTY });
  const { errors } = form.formState;
  const message = (value: string | undefined) => fieldMessage(t, value);

  const placeProblem = (error: unknown) => {
    if (placeCvProblem(error, form.setError)) return;
    if (isApiProblem(error) && error.code === 'self_referral') {
      const field = error.fieldErrors[0]?.field === 'candidatePhone' ? 'candidatePhone' : 'candidateEmail';
      form.setError(field, { type: 'server', message: 'problems.self_referral' }, { shouldFocus: true });
      return;
    }
    const placed = applyServerFieldErrors(error, FIELDS, form.setError);
    setGeneralError(placed ? null : error);
  };

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    submit.mutate({ ...values, vacancyId }, { onError: placeProblem });
  });

  const again = () => {
    form.reset(EMPTY);
    submit.reset();
  };

  if (submit.isSuccess) {
    return (
      <Stack gap="md">
        <Alert color="teal" variant="light" title={t('refer.successTitle')} role="status" aria-live="polite">
          <Stack gap="xs">
            <Text size="sm">{t('refer.successConsent')}</Text>
            <Text size="sm">{t('refer.successFollowUp')}</Text>
          </Stack>
        </Alert>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={again}>
            {t('refer.another')}
          </Button>
          <Button onClick={onDone} data-autofocus>
            {t('refer.close')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t(vacancyId ? 'refer.title' : 'refer.generalTitle')}>
      <Stack gap="sm">
        {generalError ? (
          <Alert color="red" variant="light" role="alert">
            <Text size="sm">{referProblemMessage(t, generalError)}</Text>
          </Alert>
        ) : null}
        <TextInput
          label={t('refer.fields.candidateName')}
          autoComplete="off"
          required
          data-autofocus
          error={message(errors.candidateName?.message)}
          {...form.register('candidateName')}
        />
        <Text size="sm" c="dimmed" id="refer-contact-hint">
          {t('refer.contactHint')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('refer.fields.candidateEmail')}
            type="email"
            inputMode="email"
            autoComplete="off"
            aria-describedby="refer-contact-hint"
            error={message(errors.candidateEmail?.message)}
            {...form.register('candidateEmail')}
          />
          <TextInput
            label={t('refer.fields.candidatePhone')}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            aria-describedby="refer-contact-hint"
            error={message(errors.candidatePhone?.message)}
            {...form.register('candidatePhone')}
          />
        </SimpleGrid>
        <NativeSelect
          label={t('refer.fields.relationship')}
          required
          data={[
            { value: '', label: t('refer.choose'), disabled: true },
            ...RELATIONSHIPS.map((value) => ({ value, label: t(`refer.relationships.${value}`) })),
          ]}
          error={message(errors.relationship?.message)}
          {...form.register('relationship')}
        />
        <Textarea
          label={t('refer.fields.motivation')}
          description={t('refer.optional')}
          autosize
          minRows={2}
          maxRows={8}
          error={message(errors.motivation?.message)}
          {...form.register('motivation')}
        />
        <CvFileInput control={form.control} name="cv" label={t('refer.fields.cv')} />
        <Checkbox
          label={t('refer.fields.candidateInformed')}
          error={message(errors.candidateInformed?.message)}
          {...form.register('candidateInformed')}
        />
        <NativeSelect
          label={t('refer.fields.candidateLocale')}
          description={t('refer.localeHint')}
          data={[
            { value: '', label: t('refer.localeUnknown') },
            ...LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) })),
          ]}
          error={message(errors.candidateLocale?.message)}
          {...form.register('candidateLocale')}
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onDone}>
            {t('refer.cancel')}
          </Button>
          <Button type="submit" loading={submit.isPending}>
            {t('refer.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
