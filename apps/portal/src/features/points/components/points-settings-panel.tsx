import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { problemMessageKey } from '../../../lib/problems';
import { usePointsSettings } from '../api/get-points-settings';
import { PointsSettingsForm } from './points-settings-form';

/** HR's points settings: loaded, then edited. */
export function PointsSettingsPanel() {
  const { t } = useTranslation();
  const settings = usePointsSettings();

  if (settings.isPending) {
    return (
      <Center py="xl" role="status" aria-live="polite">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (settings.isError) {
    return (
      <Alert color="red" variant="light" title={t('points.settings.loadFailed')} role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t(problemMessageKey(settings.error))}</Text>
          <Button size="xs" variant="light" onClick={() => void settings.refetch()}>
            {t('rewards.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {settings.data.isDefault || !settings.data.updatedAt
          ? t('points.settings.isDefault')
          : t('points.settings.updatedAt', { date: formatDateTime(settings.data.updatedAt) })}
      </Text>
      <PointsSettingsForm key={settings.data.updatedAt ?? 'default'} settings={settings.data} />
    </Stack>
  );
}
