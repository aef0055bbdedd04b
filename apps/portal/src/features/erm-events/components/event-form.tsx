import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { EventProblemAlert } from './event-problem-alert';
import { applyServerFieldErrors, fieldMessage } from '../../../lib/problems';
import { EVENT_FORM_FIELDS, eventFormSchema, type EventFormValues } from '../api/create-event';
import type { CreateEventBody, EventDetails } from '../api/types';
import { canonicalTimeZone, timeZoneOptions } from './format-event';

function formValues(event: EventDetails | undefined): EventFormValues {
  return {
    title: event?.title ?? '',
    description: event?.description ?? '',
    start: event?.start ?? '',
    end: event?.end ?? '',
    timeZone: event ? canonicalTimeZone(event.timeZone) : 'Europe/Amsterdam',
    location: event?.location ?? '',
    onlineUrl: event?.onlineUrl ?? '',
    capacity: event?.capacity ?? '',
    rsvpDeadline: event?.rsvpDeadline ?? '',
  };
}

interface Props {
  event?: EventDetails;
  submitLabel: string;
  onSubmit: (body: CreateEventBody) => Promise<unknown>;
  error: unknown;
  pending: boolean;
}

/** Plans or changes an event. Times are typed as the organiser thinks of them, in the chosen zone. */
export function EventForm({ event, submitLabel, onSubmit, error, pending }: Props) {
  const { t } = useTranslation();
  const zones = useMemo(() => timeZoneOptions(event ? canonicalTimeZone(event.timeZone) : undefined), [event]);
  const form = useForm<EventFormValues, unknown, CreateEventBody>({ resolver: zodResolver(eventFormSchema), defaultValues: formValues(event) });
  const err = (name: keyof EventFormValues) => fieldMessage(t, form.formState.errors[name]?.message);
  const submit = form.handleSubmit(async (body) => {
    try {
      await onSubmit(body);
    } catch (problem) {
      applyServerFieldErrors(problem, EVENT_FORM_FIELDS, form.setError);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput label={t('ermEvents.fields.title')} required {...form.register('title')} error={err('title')} />
        <Textarea label={t('ermEvents.fields.description')} autosize minRows={3} {...form.register('description')} error={err('description')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput type="datetime-local" label={t('ermEvents.fields.start')} required {...form.register('start')} error={err('start')} />
          <TextInput type="datetime-local" label={t('ermEvents.fields.end')} required {...form.register('end')} error={err('end')} />
          <Controller
            control={form.control}
            name="timeZone"
            render={({ field }) => (
              <Select
                label={t('ermEvents.fields.timeZone')}
                required
                searchable
                data={zones}
                value={field.value}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                error={err('timeZone')}
              />
            )}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('ermEvents.fields.location')} description={t('ermEvents.fields.whereHint')} {...form.register('location')} error={err('location')} />
          <TextInput label={t('ermEvents.fields.onlineUrl')} placeholder="https://" {...form.register('onlineUrl')} error={err('onlineUrl')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={form.control}
            name="capacity"
            render={({ field }) => (
              <NumberInput
                label={t('ermEvents.fields.capacity')}
                description={t('ermEvents.fields.capacityHint')}
                min={1}
                allowDecimal={false}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={err('capacity')}
              />
            )}
          />
          <TextInput type="datetime-local" label={t('ermEvents.fields.rsvpDeadline')} {...form.register('rsvpDeadline')} error={err('rsvpDeadline')} />
        </SimpleGrid>
        <EventProblemAlert error={error} />
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
