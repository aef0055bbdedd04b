import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { eventKeys } from './keys';
import type { CreateEventBody, EventDetails } from './types';

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** Mirrors the server's CreateEventInput; times are local in the chosen zone (the server handles summer time). */
export const eventFormSchema = z
  .object({
    title: z.string().trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.tooLong' }),
    description: z.string().max(10_000, { error: 'validation.tooLong' }),
    start: z.string().regex(LOCAL, { error: 'validation.required' }),
    end: z.string().regex(LOCAL, { error: 'validation.required' }),
    timeZone: z.string().trim().min(1, { error: 'validation.required' }),
    location: z.string().trim().max(300, { error: 'validation.tooLong' }),
    onlineUrl: z.string().trim().max(2000, { error: 'validation.tooLong' }),
    capacity: z.union([z.number(), z.string()]),
    rsvpDeadline: z.string(),
  })
  .superRefine((values, ctx) => {
    if (LOCAL.test(values.start) && LOCAL.test(values.end) && values.end <= values.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'ermEvents.validation.endAfterStart' });
    }
    if (!values.location && !values.onlineUrl) ctx.addIssue({ code: 'custom', path: ['location'], message: 'ermEvents.validation.where' });
    if (values.onlineUrl && !/^https:\/\/\S+$/.test(values.onlineUrl)) {
      ctx.addIssue({ code: 'custom', path: ['onlineUrl'], message: 'ermEvents.validation.https' });
    }
    const capacity = values.capacity === '' ? null : Number(values.capacity);
    if (capacity !== null && (!Number.isInteger(capacity) || capacity < 1)) {
      ctx.addIssue({ code: 'custom', path: ['capacity'], message: 'ermEvents.validation.capacity' });
    }
    if (values.rsvpDeadline && LOCAL.test(values.start) && values.rsvpDeadline > values.start) {
      ctx.addIssue({ code: 'custom', path: ['rsvpDeadline'], message: 'ermEvents.validation.deadline' });
    }
  })
  .transform(
    (values): CreateEventBody => ({
      title: values.title,
      description: values.description,
      start: values.start,
      end: values.end,
      timeZone: values.timeZone,
      location: values.location || null,
      onlineUrl: values.onlineUrl || null,
      capacity: values.capacity === '' ? null : Number(values.capacity),
      rsvpDeadline: values.rsvpDeadline || null,
    }),
  );
export type EventFormValues = z.input<typeof eventFormSchema>;

export const EVENT_FORM_FIELDS = [
  'title',
  'description',
  'start',
  'end',
  'timeZone',
  'location',
  'onlineUrl',
  'capacity',
  'rsvpDeadline',
] as const satisfies readonly (keyof EventFormValues)[];

export async function createEvent(body: CreateEventBody): Promise<EventDetails> {
  return unwrap(await api.POST('/api/events', { body }));
}

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEvent,
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.detail(event.id), event);
      return queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
    },
  });
}
