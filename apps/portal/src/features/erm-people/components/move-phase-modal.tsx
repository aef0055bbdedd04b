import { zodResolver } from '@hookform/resolvers/zod';
import { PHASES } from '@kring/shared-domain';
import { Button, Group, Modal, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { applyServerFieldErrors, fieldMessage } from '../../../lib/problems';
import { type MovePeopleFormValues, movePeopleSchema, useMovePeople } from '../api/move-people';
import type { MovePeopleResult } from '../api/types';

const DEFAULTS: MovePeopleFormValues = { to: '', reason: '' };

interface Props {
  personIds: readonly string[];
  opened: boolean;
  onClose: () => void;
  onDone: (result: MovePeopleResult) => void;
}

/** HR moves one or many people to a phase by hand, with a reason for the history. */
export function MovePhaseModal({ personIds, opened, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const move = useMovePeople();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<MovePeopleFormValues>({ resolver: zodResolver(movePeopleSchema), defaultValues: DEFAULTS });
  const { errors } = form.formState;
  const title = t('ermPeople.move.title', { count: personIds.length });

  const close = () => {
    form.reset(DEFAULTS);
    setGeneralError(null);
    move.reset();
    onClose();
  };

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    move.mutate(
      { personIds: [...personIds], to: values.to as Exclude<MovePeopleFormValues['to'], ''>, reason: values.reason.trim() },
      {
        onSuccess: (result) => {
          onDone(result);
          close();
        },
        onError: (error) => setGeneralError(applyServerFieldErrors(error, ['to', 'reason'] as const, form.setError) ? null : error),
      },
    );
  });

  return (
    <Modal opened={opened} onClose={close} title={title}>
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack gap="md">
          <FormAlert error={generalError} />
          <NativeSelect
            label={t('ermPeople.move.to')}
            required
            data={[{ value: '', label: '—' }, ...PHASES.map((phase) => ({ value: phase, label: t(`ermPeople.phases.${phase}`) }))]}
            error={fieldMessage(t, errors.to?.message)}
            {...form.register('to')}
          />
          <Textarea
            label={t('ermPeople.move.reason')}
            description={t('ermPeople.move.reasonHint')}
            required
            autosize
            minRows={2}
            error={fieldMessage(t, errors.reason?.message)}
            {...form.register('reason')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('ermPeople.move.cancel')}
            </Button>
            <Button type="submit" loading={move.isPending}>
              {t('ermPeople.move.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
