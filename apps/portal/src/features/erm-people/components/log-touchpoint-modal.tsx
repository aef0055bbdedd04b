import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { applyServerFieldErrors, fieldMessage } from '../../../lib/problems';
import { useLogSegmentTouchpoint } from '../api/log-segment-touchpoint';
import {
  type LogTouchpointFormValues,
  logTouchpointSchema,
  MANUAL_CHANNELS,
  toTouchpointInput,
  useLogTouchpointForPeople,
} from '../api/log-touchpoint-for-people';

const DEFAULTS: LogTouchpointFormValues = { channel: '', note: '', date: '' };

export type TouchpointTarget = { kind: 'people'; personIds: readonly string[] } | { kind: 'segment'; id: string; name: string };

interface Props {
  target: TouchpointTarget;
  opened: boolean;
  onClose: () => void;
  onDone: (recorded: number) => void;
}

/** A manual touchpoint ("Kerstkaart verstuurd", "Koffie met recruiter") for one person, a selection, or a whole segment. */
export function LogTouchpointModal({ target, opened, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const forPeople = useLogTouchpointForPeople();
  const forSegment = useLogSegmentTouchpoint();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<LogTouchpointFormValues>({ resolver: zodResolver(logTouchpointSchema), defaultValues: DEFAULTS });
  const { errors } = form.formState;
  const title =
    target.kind === 'segment' ? t('ermPeople.touchpoint.titleSegment', { name: target.name }) : t('ermPeople.touchpoint.title', { count: target.personIds.length });

  const close = () => {
    form.reset(DEFAULTS);
    setGeneralError(null);
    forPeople.reset();
    forSegment.reset();
    onClose();
  };

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    const input = toTouchpointInput(logTouchpointSchema.parse(values));
    const handlers = {
      onSuccess: ({ recorded }: { recorded: number }) => {
        onDone(recorded);
        close();
      },
      onError: (error: unknown) => {
        const placed = applyServerFieldErrors(error, ['channel', 'note'] as const, form.setError);
        setGeneralError(placed ? null : error);
      },
    };
    if (target.kind === 'segment') forSegment.mutate({ id: target.id, input }, handlers);
    else forPeople.mutate({ ...input, personIds: [...target.personIds] }, handlers);
  });

  return (
    <Modal opened={opened} onClose={close} title={title}>
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack gap="md">
          <FormAlert error={generalError} />
          <NativeSelect
            label={t('ermPeople.touchpoint.channel')}
            required
            data={[{ value: '', label: '—' }, ...MANUAL_CHANNELS.map((channel) => ({ value: channel, label: t(`ermPeople.channels.${channel}`) }))]}
            error={fieldMessage(t, errors.channel?.message)}
            {...form.register('channel')}
          />
          <Textarea
            label={t('ermPeople.touchpoint.note')}
            placeholder={t('ermPeople.touchpoint.notePlaceholder')}
            required
            autosize
            minRows={2}
            error={fieldMessage(t, errors.note?.message)}
            {...form.register('note')}
          />
          <TextInput
            type="date"
            label={t('ermPeople.touchpoint.date')}
            description={t('ermPeople.touchpoint.dateHint')}
            max={new Date().toISOString().slice(0, 10)}
            {...form.register('date')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('ermPeople.touchpoint.cancel')}
            </Button>
            <Button type="submit" loading={forPeople.isPending || forSegment.isPending}>
              {t('ermPeople.touchpoint.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
