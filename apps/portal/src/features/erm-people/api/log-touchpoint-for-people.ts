import { unwrap } from '@kring/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api';
import { peopleKeys, segmentKeys } from './keys';
import type { LogTouchpointInput, TouchpointsLogged } from './types';

export const MANUAL_CHANNELS = ['post', 'meeting', 'phone', 'email', 'social', 'event', 'intranet', 'other'] as const;

export const logTouchpointSchema = z.object({
  channel: z.union([z.enum(MANUAL_CHANNELS), z.literal('')]).refine((v) => v !== '', { error: 'validation.required' }),
  note: z.string().trim().min(1, { error: 'validation.required' }).max(2000, { error: 'validation.tooLong' }),
  /** yyyy-mm-dd; empty means now. */
  date: z.string(),
});
export type LogTouchpointFormValues = z.input<typeof logTouchpointSchema>;

/** The form's values as the API wants them: a day becomes noon of that day (Dutch time is close enough for a log entry). */
export function toTouchpointInput(values: z.output<typeof logTouchpointSchema>): LogTouchpointInput {
  return {
    channel: values.channel as LogTouchpointInput['channel'],
    note: values.note,
    ...(values.date ? { occurredAt: new Date(`${values.date}T12:00:00`).toISOString() } : {}),
  };
}

export async function logTouchpointForPeople(input: LogTouchpointInput & { personIds: string[] }): Promise<TouchpointsLogged> {
  return unwrap(await api.POST('/api/people/touchpoints', { body: input }));
}

export function useLogTouchpointForPeople() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logTouchpointForPeople,
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: peopleKeys.all }), queryClient.invalidateQueries({ queryKey: segmentKeys.all })]),
  });
}
