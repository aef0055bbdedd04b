import { zodResolver } from '@hookform/resolvers/zod';
import { isApiProblem } from '@kring/api-client';
import { Alert, Box, Button, Checkbox, Fieldset, Group, Radio, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm, useWatch, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { currentLanguage } from '../../../lib/i18n';
import { fieldMessage } from '../../../lib/problems';
import {
  EMPLOYMENT_TYPES,
  JOB_ALERT_FREQUENCIES,
  type SignupFormValues,
  type SignupValues,
  signupSchema,
  useSignUpForTalentPool,
} from '../api/sign-up-for-talent-pool';
import type { TalentPoolForm } from '../api/types';

const FIELDS: readonly Path<SignupFormValues>[] = ['name', 'email', 'interests', 'skills', 'location', 'locale', 'consent', 'alsoConsentTo'];
/** The server names the job-alert fields inside `jobAlert`; the form has them flat. */
const JOB_FIELDS: Record<string, Path<SignupFormValues>> = {
  'jobAlert.keywords': 'jobKeywords',
  'jobAlert.functions': 'jobFunctions',
  'jobAlert.locations': 'jobLocations',
  'jobAlert.employmentTypes': 'jobEmploymentTypes',
  'jobAlert.frequency': 'jobFrequency',
};
const EXTRA = ['newsletter', 'job_alerts', 'events'] as const;

/** The "keep me posted" form: a few fields, the required talent-pool consent and optional extra consents. */
export function SignupForm({ slug, form: info }: { slug: string; form: TalentPoolForm }) {
  const { t } = useTranslation();
  const signup = useSignUpForTalentPool();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<SignupFormValues, unknown, SignupValues>({
    resolver: zodResolver(signupSchema),
    defaultValues: {
      name: '',
      email: '',
      interests: [],
      skills: '',
      location: '',
      locale: currentLanguage(),
      consent: false,
      alsoConsentTo: [],
      jobKeywords: '',
      jobFunctions: '',
      jobLocations: '',
      jobEmploymentTypes: [],
      jobFrequency: 'weekly',
      website: '',
    },
  });
  const { errors } = form.formState;
  const error = (field: keyof SignupFormValues) => fieldMessage(t, errors[field]?.message);
  const wantsJobAlerts = useWatch({ control: form.control, name: 'alsoConsentTo' }).includes('job_alerts');

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    signup.mutate(
      { slug, values },
      {
        onError: (problem) => {
          // The server's field messages are English; show our own, translated, on the same field.
          const fieldErrors = isApiProblem(problem) ? problem.fieldErrors : [];
          let placed = 0;
          for (const fieldError of fieldErrors) {
            const field = FIELDS.find((name) => name === fieldError.field) ?? JOB_FIELDS[fieldError.field];
            if (!field) continue;
            form.setError(field, { type: 'server', message: `ermPools.join.errors.${field}` }, { shouldFocus: placed === 0 });
            placed++;
          }
          setGeneralError(placed > 0 && placed === fieldErrors.length ? null : problem);
        },
      },
    );
  });

  if (signup.isSuccess) {
    return (
      <Alert color="teal" variant="light" title={t('ermPools.join.sentTitle')} role="status" aria-live="polite">
        <Text size="sm">{t('ermPools.join.sent', { days: info.privacy.confirmDays })}</Text>
      </Alert>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('ermPools.join.formLabel')}>
      <Stack gap="sm">
        <FormAlert error={generalError} />
        <TextInput label={t('ermPools.join.fields.name')} autoComplete="name" required error={error('name')} {...form.register('name')} />
        <TextInput label={t('ermPools.join.fields.email')} type="email" autoComplete="email" required error={error('email')} {...form.register('email')} />
        {info.pools.length > 0 ? (
          <Controller
            control={form.control}
            name="interests"
            render={({ field }) => (
              <Checkbox.Group label={t('ermPools.join.fields.interests')} value={field.value} onChange={field.onChange} error={error('interests')}>
                <Stack gap={6} mt={6}>
                  {info.pools.map((pool) => (
                    <Checkbox key={pool.id} value={pool.id} label={pool.name} description={pool.description || undefined} />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
          />
        ) : null}
        <TextInput label={t('ermPools.join.fields.skills')} description={t('ermPools.join.skillsHint')} error={error('skills')} {...form.register('skills')} />
        <TextInput label={t('ermPools.join.fields.location')} autoComplete="address-level2" error={error('location')} {...form.register('location')} />
        <Controller
          control={form.control}
          name="locale"
          render={({ field }) => (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="join-locale-label">
                {t('ermPools.join.fields.locale')}
              </Text>
              <SegmentedControl
                aria-labelledby="join-locale-label"
                value={field.value}
                onChange={field.onChange}
                data={[
                  { value: 'nl', label: 'Nederlands' },
                  { value: 'en', label: 'English' },
                ]}
              />
            </Stack>
          )}
        />
        <Fieldset legend={t('ermPools.join.consentLegend')} variant="unstyled">
          <Stack gap="xs">
            <Controller
              control={form.control}
              name="consent"
              render={({ field }) => (
                <Checkbox
                  label={t('ermPools.join.fields.consent', { organisation: info.organisationName, months: info.privacy.retentionMonths })}
                  checked={field.value}
                  onChange={(event) => field.onChange(event.currentTarget.checked)}
                  error={error('consent')}
                  required
                />
              )}
            />
            <Controller
              control={form.control}
              name="alsoConsentTo"
              render={({ field }) => (
                <Checkbox.Group label={t('ermPools.join.fields.alsoConsentTo')} value={field.value} onChange={(value) => field.onChange(value)} error={error('alsoConsentTo')}>
                  <Stack gap={6} mt={6}>
                    {EXTRA.map((purpose) => (
                      <Checkbox key={purpose} value={purpose} label={t(`ermPools.join.purposes.${purpose}`)} />
                    ))}
                  </Stack>
                </Checkbox.Group>
              )}
            />
          </Stack>
        </Fieldset>
        {wantsJobAlerts ? (
          <Fieldset legend={t('ermPools.join.jobAlert.legend')}>
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('ermPools.join.jobAlert.intro')}
              </Text>
              <TextInput label={t('ermPools.join.jobAlert.keywords')} description={t('ermPools.join.jobAlert.keywordsHint')} error={error('jobKeywords')} {...form.register('jobKeywords')} />
              <TextInput label={t('ermPools.join.jobAlert.functions')} description={t('ermPools.join.jobAlert.listHint')} error={error('jobFunctions')} {...form.register('jobFunctions')} />
              <TextInput label={t('ermPools.join.jobAlert.locations')} description={t('ermPools.join.jobAlert.listHint')} error={error('jobLocations')} {...form.register('jobLocations')} />
              <Controller
                control={form.control}
                name="jobEmploymentTypes"
                render={({ field }) => (
                  <Checkbox.Group label={t('ermPools.join.jobAlert.employmentTypes')} value={field.value} onChange={field.onChange} error={error('jobEmploymentTypes')}>
                    <Group gap="md" mt={6}>
                      {EMPLOYMENT_TYPES.map((type) => (
                        <Checkbox key={type} value={type} label={t(`ermPools.join.jobAlert.employmentType.${type}`)} />
                      ))}
                    </Group>
                  </Checkbox.Group>
                )}
              />
              <Controller
                control={form.control}
                name="jobFrequency"
                render={({ field }) => (
                  <Radio.Group label={t('ermPools.join.jobAlert.frequency')} value={field.value} onChange={field.onChange} error={error('jobFrequency')}>
                    <Group gap="md" mt={6}>
                      {JOB_ALERT_FREQUENCIES.map((frequency) => (
                        <Radio key={frequency} value={frequency} label={t(`ermPools.join.jobAlert.frequencies.${frequency}`)} />
                      ))}
                    </Group>
                  </Radio.Group>
                )}
              />
            </Stack>
          </Fieldset>
        ) : null}
        {/* A trap for bots: hidden from people and assistive technology, never focused. */}
        <Box style={{ position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' }} aria-hidden="true">
          <label>
            Website
            <input type="text" tabIndex={-1} autoComplete="off" {...form.register('website')} />
          </label>
        </Box>
        <Button type="submit" loading={signup.isPending}>
          {t('ermPools.join.submit')}
        </Button>
      </Stack>
    </form>
  );
}
