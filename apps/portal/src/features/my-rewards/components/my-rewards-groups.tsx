import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type MyReward, REWARD_STATUSES } from '../api/list-my-rewards';
import { MyRewardCard } from './my-reward-card';

interface Props {
  rewards: readonly MyReward[];
  onDonate?: (reward: MyReward) => void;
}

/** A referrer's rewards in a section per status (pending, approved, paid, cancelled); empty statuses are left out. */
export function MyRewardsGroups({ rewards, onDonate }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      {REWARD_STATUSES.map((status) => {
        const items = rewards.filter((reward) => reward.status === status);
        if (items.length === 0) return null;
        const headingId = `my-rewards-${status}`;
        return (
          <Stack key={status} component="section" aria-labelledby={headingId} gap="sm">
            <Stack gap={2}>
              <Title order={2} size="h3" id={headingId}>
                {t(`rewards.groups.${status}`, { count: items.length })}
              </Title>
              <Text size="sm" c="dimmed">
                {t(`rewards.groupHelp.${status}`)}
              </Text>
            </Stack>
            {items.map((reward) => (
              <MyRewardCard key={reward.id} reward={reward} onDonate={onDonate} />
            ))}
          </Stack>
        );
      })}
    </Stack>
  );
}
