import { Alert, Button, Center, Group, Loader, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { problemMessageKey } from '../../../lib/problems';
import { type MyPoints, useMyPoints } from '../api/get-my-points';

const RECENT_EVENTS = 10;

function levelName(level: { nameNl: string; nameEn: string }): string {
  return currentLanguage() === 'en' ? level.nameEn : level.nameNl;
}

function Level({ points }: { points: MyPoints }) {
  const { t } = useTranslation();
  const { level, nextLevel, total } = points;
  const progress = nextLevel ? Math.min(100, Math.max(0, ((total - level.threshold) / (nextLevel.threshold - level.threshold)) * 100)) : 100;
  return (
    <Stack gap={6}>
      <Group gap="xs" align="baseline" wrap="wrap">
        <Text size="xl" fw={700}>
          {t('points.total', { count: total, formatted: formatNumber(total) })}
        </Text>
        <Text c="dimmed">{t('points.level', { level: levelName(level) })}</Text>
      </Group>
      <Progress value={progress} aria-label={t('points.progressLabel')} />
      <Text size="sm" c="dimmed">
        {nextLevel
          ? t('points.toNext', { count: nextLevel.pointsToGo, formatted: formatNumber(nextLevel.pointsToGo), level: levelName(nextLevel) })
          : t('points.topLevel')}
      </Text>
      {points.rewardPoints > 0 ? (
        <Text size="sm" c="dimmed">
          {t('points.rewardPoints', { count: points.rewardPoints, formatted: formatNumber(points.rewardPoints) })}
        </Text>
      ) : null}
    </Stack>
  );
}

/** A referrer's recognition points: total, level with progress to the next one, and recent events. */
export function PointsSummary() {
  const { t } = useTranslation();
  const points = useMyPoints();

  if (points.isPending) {
    return (
      <Center py="md" role="status" aria-live="polite">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (points.isError) {
    return (
      <Alert color="red" variant="light" title={t('points.loadFailed')} role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t(problemMessageKey(points.error))}</Text>
          <Button size="xs" variant="light" onClick={() => void points.refetch()}>
            {t('rewards.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  const events = points.data.events.slice(0, RECENT_EVENTS);
  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Level points={points.data} />
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('points.recent')}
          </Title>
          {events.length === 0 ? (
            <Text size="sm">{t('points.noEvents')}</Text>
          ) : (
            <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
              {events.map((event) => (
                <Group component="li" key={`${event.kind}:${event.subjectId}:${event.at}`} justify="space-between" wrap="nowrap" gap="sm">
                  <Text size="sm">
                    {t(`points.kinds.${event.kind}`)}
                    {event.vacancyTitle ? ` · ${event.vacancyTitle}` : ''}
                    <Text component="span" size="xs" c="dimmed">
                      {' '}
                      (<time dateTime={event.at}>{formatDate(event.at)}</time>)
                    </Text>
                  </Text>
                  <Text size="sm" fw={600} style={{ flexShrink: 0 }}>
                    +{formatNumber(event.points)}
                  </Text>
                </Group>
              ))}
            </Stack>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
