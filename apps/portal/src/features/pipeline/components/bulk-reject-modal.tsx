import { zodResolver } from '@hookform/resolvers/zod';
import type { BulkRejectOutput } from '@kring/api-client';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { applyServerFieldErrors, fieldMessage } from '../../../lib/problems';
import { type BulkRejectFormValues, bulkRejectSchema, useBulkRejectReferrals } from '../api/bulk-reject-referrals';
import { ShareReasonSwitch } from './share-reason-switch';

const DEFAULTS: BulkRejectFormValues = { reason: '', shareable: false };

interface Props {
  ids: readonly string[];
  opened: boolean;
  onClose: () => void;
  onDone: (result: BulkRejectOutput) => void;
}

export function BulkRejectModal({ ids, opened, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const reject = useBulkRejectReferrals();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<BulkRejectFormValues>({ resolver: zodResolver(bulkRejectSchema), defaultValues: DEFAULTS });
  const { errors } = form.formState;

  const close = () => {
    form.reset(DEFAULTS);
    setGeneralError(null);
    reject.reset();
    onClose();
  };

  const onSubmit = form.handleSubmit((values) => {
    setGeneralError(null);
    reject.mutate(
      { ids: [...ids], ...values },
      {
        onSuccess: (result) => {
          onDone(result);
          close();
        },
        onError: (error) => {
          const placed = applyServerFieldErrors(error, ['reason', 'shareable'] as const, form.setError);
          setGeneralError(placed ? null : error);
        },
      },
    );
  });

  return (
    <Modal opened={opened} onClose={close} title={t('pipeline.bulkRejectTitle', { count: ids.length })} size="lg">
      <form onSubmit={onSubmit} noValidate aria-label={t('pipeline.bulkRejectTitle', { count: ids.length })}>
        <Stack gap="md">
          <Text size="sm">{t('pipeline.bulkRejectIntro')}</Text>
          <FormAlert error={generalError} />
          <Textarea
            label={t('pipeline.fields.rejectionReason')}
            required
            autosize
            minRows={3}
            maxRows={10}
            error={fieldMessage(t, errors.reason?.message)}
            {...form.register('reason')}
          />
          <ShareReasonSwitch control={form.control} name="shareable" />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('pipeline.cancel')}
            </Button>
            <Button type="submit" color="red" loading={reject.isPending}>
              {t('pipeline.bulkRejectSubmit', { count: ids.length })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
