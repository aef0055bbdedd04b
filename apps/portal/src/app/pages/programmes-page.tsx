import type { ProgrammeStatus } from '@kring/api-client';
import type { ProgrammeKind } from '@kring/shared-domain';
import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProgrammes } from '../../features/programmes/api/list-programmes';
import { ProgrammeChoiceExplainer } from '../../features/programmes/components/programme-choice-explainer';
import { ProgrammeFilters } from '../../features/programmes/components/programme-filters';
import { ProgrammesTable } from '../../features/programmes/components/programmes-table';
import { problemMessageKey } from '../../lib/problems';
import { usePageTitle } from '../../lib/use-page-title';

export function ProgrammesPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ProgrammeStatus | undefined>();
  const [kind, setKind] = useState<ProgrammeKind | undefined>();
  const programmes = useProgrammes({ status, kind, page: 1 });
  usePageTitle(t('programmes.title'));

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Title order={1}>{t('programmes.title')}</Title>
          <Text c="dimmed">{t('programmes.intro')}</Text>
        </Stack>
        <Button component={Link} to="/manage/programmes/new">
          {t('programmes.new')}
        </Button>
      </Group>

      <ProgrammeChoiceExplainer />
      <ProgrammeFilters status={status} kind={kind} onStatusChange={setStatus} onKindChange={setKind} />

      {programmes.isPending ? (
        <Center py="xl" role="status" aria-live="polite">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : programmes.isError ? (
        <Alert color="red" variant="light" title={t('programmes.loadFailed')} role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t(problemMessageKey(programmes.error))}</Text>
            <Button size="xs" variant="light" onClick={() => void programmes.refetch()}>
              {t('programmes.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : programmes.data.items.length === 0 ? (
        <Text role="status">{t('programmes.empty')}</Text>
      ) : (
        <ProgrammesTable programmes={programmes.data.items} total={programmes.data.total} />
      )}
    </Stack>
  );
}
