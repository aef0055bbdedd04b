import { Alert, Anchor, Badge, Center, Divider, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatNumber } from '../../../lib/format';
import { problemMessageKey } from '../../../lib/problems';
import { usePageTitle } from '../../../lib/use-page-title';
import { useTalentPool } from '../api/get-talent-pool';
import { AddMembers } from '../components/add-members';
import { MembersTable } from '../components/members-table';
import { PoolSettingsForm } from '../components/pool-settings-form';

/** /talent-pools/:id — one pool: its settings, members, and adding people. */
export function TalentPoolDetailPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const pool = useTalentPool(id);
  usePageTitle(pool.data?.name ?? t('ermPools.list.title'));

  if (pool.isPending) {
    return (
      <Center py="xl" role="status" aria-live="polite">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (pool.isError) {
    return (
      <Alert color="red" variant="light" role="alert">
        <Text size="sm">{t(problemMessageKey(pool.error))}</Text>
      </Alert>
    );
  }
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/talent-pools" size="sm">
        {t('ermPools.detail.back')}
      </Anchor>
      <Group gap="sm" align="center">
        <Title order={1}>{pool.data.name}</Title>
        {pool.data.archivedAt ? <Badge color="gray">{t('ermPools.badges.archived')}</Badge> : null}
        {pool.data.public ? <Badge color="teal">{t('ermPools.badges.public')}</Badge> : null}
      </Group>
      <Text c="dimmed">{t('ermPools.detail.memberCount', { count: pool.data.memberCount, formatted: formatNumber(pool.data.memberCount) })}</Text>
      <Paper withBorder p="md" radius="md">
        <PoolSettingsForm pool={pool.data} />
      </Paper>
      <Paper withBorder p="md" radius="md">
        <AddMembers poolId={pool.data.id} disabled={!!pool.data.archivedAt} />
      </Paper>
      <Divider />
      <MembersTable poolId={pool.data.id} />
    </Stack>
  );
}
