import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Leaderboard } from './leaderboard';
import { PointsSummary } from './points-summary';

/** Points and recognition, below a referrer's rewards. */
export function PointsSection() {
  const { t } = useTranslation();
  return (
    <Stack component="section" aria-labelledby="points-title" gap="md">
      <Stack gap={2}>
        <Title order={2} size="h3" id="points-title">
          {t('points.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('points.intro')}
        </Text>
      </Stack>
      <PointsSummary />
      <Leaderboard />
    </Stack>
  );
}
