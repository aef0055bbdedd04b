import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate, formatDate } from '../../../lib/format';
import type { MyReward } from '../api/list-my-rewards';
import { cancelReasonText, rewardValue } from './reward-format';
import { RewardStatusBadge } from './reward-status-badge';

interface Props {
  reward: MyReward;
  /** Offered on pending and approved rewards when the organisation lists charities. */
  onDonate?: (reward: MyReward) => void;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" align="baseline">
      <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
        {label}:
      </Text>
      <Text size="sm">{children}</Text>
    </Group>
  );
}

export function MyRewardCard({ reward, onDonate }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const candidate = reward.referral.candidateName ?? t('rewards.nameErased');
  const vacancy = reward.referral.vacancyTitle;
  const reason = cancelReasonText(t, reward);
  const canDonate = onDonate && (reward.status === 'pending' || reward.status === 'approved');

  return (
    <Paper component="article" withBorder p="md" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2}>
            <Title order={3} size="h5" id={titleId}>
              {reward.milestoneLabel}
            </Title>
            <Text fw={600}>{rewardValue(t, reward)}</Text>
          </Stack>
          <RewardStatusBadge status={reward.status} />
        </Group>
        <Fact label={t('rewards.fields.referral')}>{vacancy ? `${candidate} · ${vacancy}` : candidate}</Fact>
        <Fact label={t('rewards.fields.dueOn')}>
          <time dateTime={reward.dueOn}>{formatCalendarDate(reward.dueOn)}</time>
        </Fact>
        {reward.approvedAt && reward.status !== 'cancelled' ? (
          <Fact label={t('rewards.fields.approvedAt')}>
            <time dateTime={reward.approvedAt}>{formatDate(reward.approvedAt)}</time>
          </Fact>
        ) : null}
        {reward.paidAt ? (
          <Fact label={t('rewards.fields.paidAt')}>
            <time dateTime={reward.paidAt}>{formatDate(reward.paidAt)}</time>
          </Fact>
        ) : null}
        {reward.cancelledAt ? (
          <Fact label={t('rewards.fields.cancelledAt')}>
            <time dateTime={reward.cancelledAt}>{formatDate(reward.cancelledAt)}</time>
          </Fact>
        ) : null}
        {reason ? <Fact label={t('rewards.fields.cancelReason')}>{reason}</Fact> : null}
        {reward.charity ? <Fact label={t('rewards.fields.donatedTo')}>{reward.charity.name}</Fact> : null}
        {canDonate ? (
          <Group>
            <Button
              size="xs"
              variant="light"
              onClick={() => onDonate(reward)}
              aria-label={t(reward.charity ? 'rewards.donate.changeFor' : 'rewards.donate.openFor', { milestone: reward.milestoneLabel, candidate })}
            >
              {t(reward.charity ? 'rewards.donate.change' : 'rewards.donate.open')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
