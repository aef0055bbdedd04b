import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { fieldMessage } from '../../../lib/problems';
import { COST_FIELD_ALIASES, COST_FIELDS, type CostFormValues, costSchema, toCostInput, useCreateCost } from '../api/create-cost';
import { useProgrammeOptions } from '../api/list-programme-options';
import { centsToEuroText } from '../api/money';
import { COST_CATEGORIES, type Cost, HIRE_CHANNELS } from '../api/types';
import { useUpdateCost } from '../api/update-cost';
import { placeFieldErrors } from './field-errors';

const EMPTY: CostFormValues = { channel: 'job_board', category: 'advertising', programmeId: '', periodStart: '', periodEnd: '', amount: '', description: '' };

const valuesOf = (cost: Cost | null, language: string): CostFormValues =>
  cost
    ? {
        channel: cost.channel,
        category: cost.category,
        programmeId: cost.programme?.id ?? '',
        periodStart: cost.periodStart,
        periodEnd: cost.periodEnd,
        amount: centsToEuroText(cost.amountCents, language),
        description: cost.description,
      }
    : EMPTY;

/** Adds or changes money spent on a channel in a period; the amount is typed in euros. */
export function CostFormModal({ opened, cost, onClose }: { opened: boolean; cost: Cost | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const create = useCreateCost();
  const update = useUpdateCost();
  const programmes = useProgrammeOptions();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<CostFormValues>({ resolver: zodResolver(costSchema), defaultValues: valuesOf(cost, i18n.language) });
  const { errors } = form.formState;


  const close = () => {
    setGeneralError(null);
    create.reset();
    update.reset();
    onClose();
  };

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    const input = toCostInput(costSchema.parse(values));
    const handlers = {
      onSuccess: close,
      onError: (error: unknown) => setGeneralError(placeFieldErrors(error, COST_FIELDS, form.setError, COST_FIELD_ALIASES) ? null : error),
    };
    if (cost) update.mutate({ id: cost.id, input }, handlers);
    else create.mutate(input, handlers);
  });

  const title = cost ? t('insightsData.costs.editTitle') : t('insightsData.costs.addTitle');
  return (
    <Modal opened={opened} onClose={close} title={title} size="lg">
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack gap="md">
          <FormAlert error={generalError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={t('insightsData.costs.fields.channel')}
              required
              data={HIRE_CHANNELS.map((channel) => ({ value: channel, label: t(`insightsData.channels.${channel}`) }))}
              error={fieldMessage(t, errors.channel?.message)}
              {...form.register('channel')}
            />
            <NativeSelect
              label={t('insightsData.costs.fields.category')}
              required
              data={COST_CATEGORIES.map((category) => ({ value: category, label: t(`insightsData.categories.${category}`) }))}
              error={fieldMessage(t, errors.category?.message)}
              {...form.register('category')}
            />
            <TextInput type="date" label={t('insightsData.costs.fields.periodStart')} required error={fieldMessage(t, errors.periodStart?.message)} {...form.register('periodStart')} />
            <TextInput type="date" label={t('insightsData.costs.fields.periodEnd')} required error={fieldMessage(t, errors.periodEnd?.message)} {...form.register('periodEnd')} />
          </SimpleGrid>
          <TextInput
            label={t('insightsData.costs.fields.amount')}
            description={t('insightsData.costs.help.amount')}
            leftSection="€"
            inputMode="decimal"
            required
            error={fieldMessage(t, errors.amount?.message)}
            {...form.register('amount')}
          />
          <NativeSelect
            label={t('insightsData.costs.fields.programme')}
            description={t('insightsData.costs.help.programme')}
            data={[{ value: '', label: t('insightsData.costs.noProgramme') }, ...(programmes.data ?? []).map((p) => ({ value: p.id, label: p.name }))]}
            error={fieldMessage(t, errors.programmeId?.message)}
            {...form.register('programmeId')}
          />
          <Textarea
            label={t('insightsData.costs.fields.description')}
            autosize
            minRows={2}
            maxRows={5}
            error={fieldMessage(t, errors.description?.message)}
            {...form.register('description')}
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
