import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applyServerFieldErrors, fieldMessage } from '../../../lib/problems';
import { rewardValue } from '../../my-rewards/components/reward-format';
import { RewardProblemAlert } from '../../my-rewards/components/reward-problems';
import { type CancelRewardFormValues, cancelRewardSchema, useCancelReward } from '../api/cancel-reward';
import type { LedgerReward } from '../api/list-reward-ledger';

const DEFAULTS: CancelRewardFormValues = { reason: '' };

interface Props {
  reward: LedgerReward | null;
  onClose: () => void;
}

/** Cancelling one pending or approved reward, with a reason the referrer will read. */
export function CancelRewardModal({ reward, onClose }: Props) {
  const { t } = useTranslation();
  const cancel = useCancelReward();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<CancelRewardFormValues>({ resolver: zodResolver(cancelRewardSchema), defaultValues: DEFAULTS });
  const { errors } = form.formState;
  const title = t('ledger.cancelTitle');

  const close = () => {
    form.reset(DEFAULTS);
    setGeneralError(null);
    cancel.reset();
    onClose();
  };

  const onSubmit = form.handleSubmit((values) => {
    if (!reward) return;
    setGeneralError(null);
    cancel.mutate(
      { id: reward.id, input: values },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('ledger.cancelled', { name: reward.referrer.name }) });
          close();
        },
        onError: (error) => {
          const placed = applyServerFieldErrors(error, ['reason'] as const, form.setError);
          setGeneralError(placed ? null : error);
        },
      },
    );
  });

  return (
    <Modal opened={reward !== null} onClose={close} title={title} centered size="lg">
      {reward ? (
        <form onSubmit={onSubmit} noValidate aria-label={title}>
          <Stack gap="md">
            <Text size="sm">
              {t('ledger.cancelIntro', {
                name: reward.referrer.name,
                milestone: reward.milestoneLabel,
                value: rewardValue(t, reward),
              })}
            </Text>
            <RewardProblemAlert error={generalError} />
            <Textarea
              label={t('ledger.fields.cancelReason')}
              description={t('ledger.cancelReasonHelp')}
              required
              autosize
              minRows={3}
              maxRows={8}
              error={fieldMessage(t, errors.reason?.message)}
              {...form.register('reason')}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t('rewards.cancel')}
              </Button>
              <Button type="submit" color="red" loading={cancel.isPending}>
                {t('ledger.cancelSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
