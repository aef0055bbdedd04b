import { zodResolver } from '@hookform/resolvers/zod';
import type { Programme } from '@kring/api-client';
import { AUDIENCES, AUDIENCES_BY_KIND, OWNERSHIP_SCOPES, PROGRAMME_KINDS, VACANCY_SCOPES } from '@kring/shared-domain';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { applyServerFieldErrors, fieldMessage } from '../../../lib/problems';
import { isoToAmsterdamLocal } from '../api/amsterdam-time';
import {
  PROGRAMME_FORM_FIELDS,
  type ProgrammeFormOutput,
  programmeFormSchema,
  type ProgrammeFormValues,
  useCreateProgramme,
} from '../api/create-programme';
import { useUpdateProgramme } from '../api/update-programme';

export interface VacancyOption {
  value: string;
  label: string;
}

interface Props {
  /** The programme being edited; absent when creating one. */
  programme?: Programme;
  vacancyOptions: VacancyOption[];
  onCreated?: (programme: Programme) => void;
}

function formValues(programme: Programme | undefined): ProgrammeFormValues {
  return {
    name: programme?.name ?? '',
    kind: programme?.kind ?? 'internal',
    audiences: programme?.audiences ?? [...AUDIENCES_BY_KIND.internal],
    startsAt: isoToAmsterdamLocal(programme?.startsAt ?? null),
    endsAt: isoToAmsterdamLocal(programme?.endsAt ?? null),
    vacancyScope: programme?.vacancyScope ?? 'all_open',
    vacancyIds: programme?.vacancyIds ?? [],
    ownershipDays: programme?.ownershipDays ?? 180,
    ownershipScope: programme?.ownershipScope ?? 'candidate',
    consentTimeoutDays: programme?.consentTimeoutDays ?? 14,
    allowHiringTeamReferrals: programme?.allowHiringTeamReferrals ?? false,
    termsMarkdown: programme?.termsMarkdown ?? '',
    rewardSummary: programme?.rewardSummary ?? '',
  };
}

export function ProgrammeForm({ programme, vacancyOptions, onCreated }: Props) {
  const { t } = useTranslation();
  const create = useCreateProgramme();
  const update = useUpdateProgramme();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const schema = useMemo(() => programmeFormSchema({ isNew: !programme }), [programme]);
  const form = useForm<ProgrammeFormValues, unknown, ProgrammeFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: formValues(programme),
  });
  const { errors } = form.formState;
  const message = (value: string | undefined) => fieldMessage(t, value);
  const [kind, vacancyScope, endsAt] = useWatch({ control: form.control, name: ['kind', 'vacancyScope', 'endsAt'] });
  const allowed = AUDIENCES_BY_KIND[kind];
  const vacancyIdsError = errors.vacancyIds?.message ?? errors.vacancyIds?.find?.((item) => item?.message)?.message;

  const onError = (error: unknown) => {
    const placed = applyServerFieldErrors(error, PROGRAMME_FORM_FIELDS, form.setError);
    setGeneralError(placed ? null : error);
  };

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    if (programme) {
      update.mutate(
        { id: programme.id, input: values },
        {
          onSuccess: (saved) => {
            form.reset(formValues(saved));
            notifications.show({ color: 'teal', message: t('programmes.saved', { name: saved.name }) });
          },
          onError,
        },
      );
    } else {
      create.mutate(values, {
        onSuccess: (created) => {
          notifications.show({ color: 'teal', message: t('programmes.created', { name: created.name }) });
          onCreated?.(created);
        },
        onError,
      });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t(programme ? 'programmes.editFormLabel' : 'programmes.newFormLabel')}>
      <Stack gap="md">
        <FormAlert error={generalError} />
        <TextInput label={t('programmes.fields.name')} required error={message(errors.name?.message)} {...form.register('name')} />

        <Controller
          control={form.control}
          name="kind"
          render={({ field }) => (
            <Radio.Group
              name={field.name}
              label={t('programmes.fields.kind')}
              value={field.value}
              onChange={(value) => {
                const next = value as typeof field.value;
                field.onChange(next);
                // Audiences follow the kind: every audience the new kind admits, which HR may then narrow.
                form.setValue('audiences', [...AUDIENCES_BY_KIND[next]], { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
              }}
              error={message(errors.kind?.message)}
            >
              <Stack gap="xs" mt="xs">
                {PROGRAMME_KINDS.map((value) => (
                  <Radio key={value} value={value} label={t(`programmes.kinds.${value}`)} description={t(`programmes.kindHelp.${value}`)} />
                ))}
              </Stack>
            </Radio.Group>
          )}
        />

        <Controller
          control={form.control}
          name="audiences"
          render={({ field }) => (
            <Checkbox.Group
              label={t('programmes.fields.audiences')}
              description={t('programmes.audiencesHelp', { kind: t(`programmes.kinds.${kind}`) })}
              value={field.value}
              onChange={(value) => field.onChange(value)}
              error={message(errors.audiences?.message ?? errors.audiences?.find?.((item) => item?.message)?.message)}
            >
              <Stack gap="xs" mt="xs">
                {AUDIENCES.map((audience) => (
                  <Checkbox
                    key={audience}
                    value={audience}
                    label={t(`programmes.audiences.${audience}`)}
                    disabled={!allowed.includes(audience)}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
        />

        <Fieldset legend={t('programmes.period')} variant="unstyled">
          <Text size="sm" c="dimmed" mb="xs">
            {t('programmes.periodHelp')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="datetime-local"
              label={t('programmes.fields.startsAt')}
              description={t('programmes.startsAtHelp')}
              error={message(errors.startsAt?.message)}
              {...form.register('startsAt')}
            />
            <TextInput
              type="datetime-local"
              label={t('programmes.fields.endsAt')}
              description={t('programmes.endsAtHelp')}
              error={message(errors.endsAt?.message)}
              {...form.register('endsAt')}
            />
          </SimpleGrid>
          {endsAt ? (
            <Alert color="blue" variant="light" mt="sm">
              <Text size="sm">{t('programmes.isActionNotice')}</Text>
            </Alert>
          ) : null}
        </Fieldset>

        <Controller
          control={form.control}
          name="vacancyScope"
          render={({ field }) => (
            <Radio.Group
              name={field.name}
              label={t('programmes.fields.vacancyScope')}
              value={field.value}
              onChange={field.onChange}
              error={message(errors.vacancyScope?.message)}
            >
              <Group gap="md" mt="xs">
                {VACANCY_SCOPES.map((value) => (
                  <Radio key={value} value={value} label={t(`programmes.vacancyScopes.${value}`)} />
                ))}
              </Group>
            </Radio.Group>
          )}
        />
        {vacancyScope === 'selected' ? (
          <Controller
            control={form.control}
            name="vacancyIds"
            render={({ field }) => (
              <MultiSelect
                ref={field.ref}
                name={field.name}
                label={t('programmes.fields.vacancyIds')}
                required
                searchable
                data={vacancyOptions}
                value={field.value}
                onChange={(value) => field.onChange(value)}
                onBlur={field.onBlur}
                nothingFoundMessage={t('programmes.noVacanciesFound')}
                error={message(vacancyIdsError)}
              />
            )}
          />
        ) : null}

        <Fieldset legend={t('programmes.ownership')} variant="unstyled">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {(['ownershipDays', 'consentTimeoutDays'] as const).map((name) => (
              <Controller
                key={name}
                control={form.control}
                name={name}
                render={({ field }) => (
                  <NumberInput
                    ref={field.ref}
                    name={field.name}
                    label={t(`programmes.fields.${name}`)}
                    description={t(`programmes.${name}Help`)}
                    min={1}
                    max={name === 'ownershipDays' ? 730 : 60}
                    allowDecimal={false}
                    allowNegative={false}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    error={message(errors[name]?.message)}
                  />
                )}
              />
            ))}
            <Controller
              control={form.control}
              name="ownershipScope"
              render={({ field }) => (
                <Radio.Group
                  name={field.name}
                  label={t('programmes.fields.ownershipScope')}
                  value={field.value}
                  onChange={field.onChange}
                  error={message(errors.ownershipScope?.message)}
                >
                  <Stack gap="xs" mt="xs">
                    {OWNERSHIP_SCOPES.map((value) => (
                      <Radio key={value} value={value} label={t(`programmes.ownershipScopes.${value}`)} />
                    ))}
                  </Stack>
                </Radio.Group>
              )}
            />
          </SimpleGrid>
        </Fieldset>

        <Controller
          control={form.control}
          name="allowHiringTeamReferrals"
          render={({ field }) => (
            <Switch
              ref={field.ref}
              name={field.name}
              label={t('programmes.fields.allowHiringTeamReferrals')}
              description={t('programmes.allowHiringTeamReferralsHelp')}
              checked={field.value}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
              onBlur={field.onBlur}
            />
          )}
        />
        <TextInput
          label={t('programmes.fields.rewardSummary')}
          description={t('programmes.rewardSummaryHelp')}
          error={message(errors.rewardSummary?.message)}
          {...form.register('rewardSummary')}
        />
        <Textarea
          label={t('programmes.fields.termsMarkdown')}
          description={t('programmes.termsHelp')}
          autosize
          minRows={5}
          maxRows={20}
          error={message(errors.termsMarkdown?.message)}
          {...form.register('termsMarkdown')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t(programme ? 'programmes.save' : 'programmes.createSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
