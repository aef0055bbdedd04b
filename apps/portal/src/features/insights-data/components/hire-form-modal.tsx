import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { fieldMessage } from '../../../lib/problems';
import { HIRE_FIELDS, type HireFormValues, hireSchema, toHireInput, useCreateHire } from '../api/create-hire';
import { HIRE_CHANNELS, type Hire } from '../api/types';
import { useUpdateHire } from '../api/update-hire';
import { placeFieldErrors } from './field-errors';

const EMPTY: HireFormValues = { channel: 'career_site', hiredOn: '', appliedOn: '', startDate: '', leftOn: '', department: '', jobTitle: '', externalRef: '' };

const valuesOf = (hire: Hire | null): HireFormValues =>
  hire
    ? {
        channel: hire.channel,
        hiredOn: hire.hiredOn,
        appliedOn: hire.appliedOn ?? '',
        startDate: hire.startDate ?? '',
        leftOn: hire.leftOn ?? '',
        department: hire.department ?? '',
        jobTitle: hire.jobTitle ?? '',
        externalRef: hire.externalRef ?? '',
      }
    : EMPTY;

interface Props {
  opened: boolean;
  /** The hire to change; null adds a new one. */
  hire: Hire | null;
  onClose: () => void;
}

/** Adds or changes a hire of another channel than the referral pipeline. */
export function HireFormModal({ opened, hire, onClose }: Props) {
  const { t } = useTranslation();
  const create = useCreateHire();
  const update = useUpdateHire();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<HireFormValues>({ resolver: zodResolver(hireSchema), defaultValues: valuesOf(hire) });
  const { errors } = form.formState;


  const close = () => {
    setGeneralError(null);
    create.reset();
    update.reset();
    onClose();
  };

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    const input = toHireInput(hireSchema.parse(values));
    const handlers = {
      onSuccess: close,
      onError: (error: unknown) => setGeneralError(placeFieldErrors(error, HIRE_FIELDS, form.setError) ? null : error),
    };
    if (hire) update.mutate({ id: hire.id, input }, handlers);
    else create.mutate(input, handlers);
  });

  const title = hire ? t('insightsData.hires.editTitle') : t('insightsData.hires.addTitle');
  const dateField = (name: 'hiredOn' | 'appliedOn' | 'startDate' | 'leftOn', required = false) => (
    <TextInput
      type="date"
      label={t(`insightsData.hires.fields.${name}`)}
      description={t(`insightsData.hires.help.${name}`)}
      required={required}
      error={fieldMessage(t, errors[name]?.message)}
      {...form.register(name)}
    />
  );

  return (
    <Modal opened={opened} onClose={close} title={title} size="lg">
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack gap="md">
          <FormAlert error={generalError} />
          <NativeSelect
            label={t('insightsData.hires.fields.channel')}
            required
            data={HIRE_CHANNELS.map((channel) => ({ value: channel, label: t(`insightsData.channels.${channel}`) }))}
            error={fieldMessage(t, errors.channel?.message)}
            {...form.register('channel')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {dateField('hiredOn', true)}
            {dateField('appliedOn')}
            {dateField('startDate')}
            {dateField('leftOn')}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('insightsData.hires.fields.department')} error={fieldMessage(t, errors.department?.message)} {...form.register('department')} />
            <TextInput label={t('insightsData.hires.fields.jobTitle')} error={fieldMessage(t, errors.jobTitle?.message)} {...form.register('jobTitle')} />
          </SimpleGrid>
          <TextInput
            label={t('insightsData.hires.fields.externalRef')}
            description={t('insightsData.hires.help.externalRef')}
            error={fieldMessage(t, errors.externalRef?.message)}
            {...form.register('externalRef')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('insightsData.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {t('insightsData.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
