import { Alert, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMyCharities } from '../../features/my-rewards/api/list-my-charities';
import { type MyReward, useMyRewards } from '../../features/my-rewards/api/list-my-rewards';
import { DonateRewardModal } from '../../features/my-rewards/components/donate-reward-modal';
import { MyRewardsGroups } from '../../features/my-rewards/components/my-rewards-groups';
import { RewardTotals } from '../../features/my-rewards/components/reward-totals';
import { PointsSection } from '../../features/points/components/points-section';
import { problemMessageKey } from '../../lib/problems';
import { usePageTitle } from '../../lib/use-page-title';

function Rewards() {
  const { t } = useTranslation();
  const rewards = useMyRewards();
  const donatable = rewards.data?.items.some((reward) => reward.status === 'pending' || reward.status === 'approved') ?? false;
  const charities = useMyCharities({ enabled: donatable });
  const [toDonate, setToDonate] = useState<MyReward | null>(null);
  const canDonate = (charities.data?.length ?? 0) > 0;

  if (rewards.isPending) {
    return (
      <Center py="xl" role="status" aria-live="polite">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (rewards.isError) {
    return (
      <Alert color="red" variant="light" title={t('rewards.loadFailed')} role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t(problemMessageKey(rewards.error))}</Text>
          <Button size="xs" variant="light" onClick={() => void rewards.refetch()}>
            {t('rewards.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (rewards.data.items.length === 0) {
    return (
      <Stack gap="sm" align="flex-start" role="status">
        <Text>{t('rewards.empty')}</Text>
        <Button component={Link} to="/vacancies">
          {t('rewards.toVacancies')}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <RewardTotals totals={rewards.data.totals} statuses={['pending', 'approved', 'paid']} label={t('rewards.totals')} />
      <MyRewardsGroups rewards={rewards.data.items} onDonate={canDonate ? setToDonate : undefined} />
      <DonateRewardModal reward={toDonate} charities={charities.data ?? []} onClose={() => setToDonate(null)} />
    </Stack>
  );
}

export function MyRewardsPage() {
  const { t } = useTranslation();
  usePageTitle(t('rewards.title'));
  return (
    <Stack gap="xl" maw={880}>
      <Stack gap={4}>
        <Title order={1}>{t('rewards.title')}</Title>
        <Text c="dimmed">{t('rewards.intro')}</Text>
      </Stack>
      <Rewards />
      <PointsSection />
    </Stack>
  );
}
