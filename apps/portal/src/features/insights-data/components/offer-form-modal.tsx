import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { fieldMessage } from '../../../lib/problems';
import { OFFER_FIELDS, type OfferFormValues, offerSchema, toOfferInput, useCreateOffer } from '../api/create-offer';
import { HIRE_CHANNELS, type Offer, OFFER_OUTCOMES } from '../api/types';
import { useUpdateOffer } from '../api/update-offer';
import { placeFieldErrors } from './field-errors';

const EMPTY: OfferFormValues = { channel: 'career_site', madeOn: '', outcome: 'pending', decidedOn: '', department: '', externalRef: '' };

const valuesOf = (offer: Offer | null): OfferFormValues =>
  offer
    ? {
        channel: offer.channel,
        madeOn: offer.madeOn,
        outcome: offer.outcome,
        decidedOn: offer.decidedOn ?? '',
        department: offer.department ?? '',
        externalRef: offer.externalRef ?? '',
      }
    : EMPTY;

/** Adds or changes an offer of another channel, typically to record that it was accepted or declined. */
export function OfferFormModal({ opened, offer, onClose }: { opened: boolean; offer: Offer | null; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateOffer();
  const update = useUpdateOffer();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<OfferFormValues>({ resolver: zodResolver(offerSchema), defaultValues: valuesOf(offer) });
  const { errors } = form.formState;
  const pending = useWatch({ control: form.control, name: 'outcome' }) === 'pending';


  const close = () => {
    setGeneralError(null);
    create.reset();
    update.reset();
    onClose();
  };

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    const input = toOfferInput(offerSchema.parse(values));
    const handlers = {
      onSuccess: close,
      onError: (error: unknown) => setGeneralError(placeFieldErrors(error, OFFER_FIELDS, form.setError) ? null : error),
    };
    if (offer) update.mutate({ id: offer.id, input }, handlers);
    else create.mutate(input, handlers);
  });

  const title = offer ? t('insightsData.offers.editTitle') : t('insightsData.offers.addTitle');
  return (
    <Modal opened={opened} onClose={close} title={title} size="lg">
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack gap="md">
          <FormAlert error={generalError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={t('insightsData.offers.fields.channel')}
              required
              data={HIRE_CHANNELS.map((channel) => ({ value: channel, label: t(`insightsData.channels.${channel}`) }))}
              error={fieldMessage(t, errors.channel?.message)}
              {...form.register('channel')}
            />
            <TextInput type="date" label={t('insightsData.offers.fields.madeOn')} required error={fieldMessage(t, errors.madeOn?.message)} {...form.register('madeOn')} />
            <NativeSelect
              label={t('insightsData.offers.fields.outcome')}
              required
              data={OFFER_OUTCOMES.map((outcome) => ({ value: outcome, label: t(`insightsData.outcomes.${outcome}`) }))}
              error={fieldMessage(t, errors.outcome?.message)}
              {...form.register('outcome')}
            />
            <TextInput
              type="date"
              label={t('insightsData.offers.fields.decidedOn')}
              description={t('insightsData.offers.help.decidedOn')}
              required={!pending}
              disabled={pending}
              error={fieldMessage(t, errors.decidedOn?.message)}
              {...form.register('decidedOn')}
            />
            <TextInput label={t('insightsData.offers.fields.department')} error={fieldMessage(t, errors.department?.message)} {...form.register('department')} />
            <TextInput label={t('insightsData.offers.fields.externalRef')} error={fieldMessage(t, errors.externalRef?.message)} {...form.register('externalRef')} />
          </SimpleGrid>
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
