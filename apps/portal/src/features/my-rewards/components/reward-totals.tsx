import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { REWARD_STATUSES, type RewardStatus, type RewardTotal } from '../api/list-my-rewards';
import { formatMoney } from './reward-format';

interface Props {
  totals: readonly RewardTotal[];
  /** Which statuses get a tile; cancelled rewards add up to nothing worth a tile for a referrer. */
  statuses?: readonly RewardStatus[];
  label: string;
}

/** Per status: the money per currency, the number of rewards and their points. */
export function RewardTotals({ totals, statuses = REWARD_STATUSES, label }: Props) {
  const { t } = useTranslation();
  return (
    <SimpleGrid component="dl" aria-label={label} cols={{ base: 1, xs: 2, md: statuses.length }} spacing="sm" m={0}>
      {statuses.map((status) => {
        const rows = totals.filter((total) => total.status === status);
        const count = rows.reduce((sum, row) => sum + row.count, 0);
        const points = rows.reduce((sum, row) => sum + row.points, 0);
        const money = rows.filter((row) => row.amountCents > 0).map((row) => formatMoney(row.amountCents, row.currency));
        return (
          <Paper key={status} withBorder p="sm">
            <Stack gap={2}>
              <Text component="dt" size="sm" c="dimmed">
                {t(`rewards.statuses.${status}`)}
              </Text>
              <Text component="dd" m={0} fw={700} size="lg">
                {money.length ? money.join(' + ') : formatMoney(0, rows[0]?.currency ?? 'EUR')}
              </Text>
              <Text component="dd" m={0} size="xs" c="dimmed">
                {t('rewards.totalsDetail', { count, points: formatNumber(points) })}
              </Text>
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
