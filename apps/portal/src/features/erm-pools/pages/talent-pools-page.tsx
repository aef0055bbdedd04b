import { Alert, Anchor, Badge, Button, Center, Group, Loader, Stack, Switch, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../../lib/format';
import { problemMessageKey } from '../../../lib/problems';
import { usePageTitle } from '../../../lib/use-page-title';
import { useTalentPools } from '../api/list-talent-pools';
import { useUpdateTalentPool } from '../api/update-talent-pool';
import { CreatePoolForm } from '../components/create-pool-form';
import { PublicFormLink } from '../components/public-form-link';

/** /talent-pools — HR's pools with member counts; create, archive and restore. */
export function TalentPoolsPage() {
  const { t } = useTranslation();
  const [includeArchived, setIncludeArchived] = useState(false);
  const pools = useTalentPools(includeArchived);
  const update = useUpdateTalentPool();
  usePageTitle(t('ermPools.list.title'));

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('ermPools.list.title')}</Title>
        <Text c="dimmed">{t('ermPools.list.intro')}</Text>
      </Stack>
      <PublicFormLink />
      <CreatePoolForm />
      <Switch label={t('ermPools.list.showArchived')} checked={includeArchived} onChange={(event) => setIncludeArchived(event.currentTarget.checked)} />
      {pools.isPending ? (
        <Center py="xl" role="status" aria-live="polite">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : pools.isError ? (
        <Alert color="red" variant="light" title={t('ermPools.list.loadFailed')} role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t(problemMessageKey(pools.error))}</Text>
            <Button size="xs" variant="light" onClick={() => void pools.refetch()}>
              {t('ermPools.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : pools.data.items.length === 0 ? (
        <Text role="status">{t('ermPools.list.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ermPools.fields.name')}</Table.Th>
                <Table.Th>{t('ermPools.list.members')}</Table.Th>
                <Table.Th>{t('ermPools.list.status')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('ermPools.list.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pools.data.items.map((pool) => (
                <Table.Tr key={pool.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/talent-pools/${pool.id}`}>
                      {pool.name}
                    </Anchor>
                    {pool.description ? (
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {pool.description}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{formatNumber(pool.memberCount)}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {pool.archivedAt ? <Badge color="gray">{t('ermPools.badges.archived')}</Badge> : null}
                      {pool.public ? <Badge color="teal">{t('ermPools.badges.public')}</Badge> : <Badge variant="outline">{t('ermPools.badges.internal')}</Badge>}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      loading={update.isPending && update.variables?.id === pool.id}
                      onClick={() => update.mutate({ id: pool.id, archived: !pool.archivedAt })}
                      aria-label={t(pool.archivedAt ? 'ermPools.restoreNamed' : 'ermPools.archiveNamed', { name: pool.name })}
                    >
                      {t(pool.archivedAt ? 'ermPools.restore' : 'ermPools.archive')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
