import type { UserStatus, UserSummary } from '@kring/api-client';
import { Alert, Button, Center, Group, Loader, Pagination, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { USERS_PAGE_SIZE, useUsers } from '../../features/users/api/list-users';
import { DeactivateUserDialog } from '../../features/users/components/deactivate-user-dialog';
import { InviteUserModal } from '../../features/users/components/invite-user-modal';
import { UserFilters } from '../../features/users/components/user-filters';
import { UsersTable } from '../../features/users/components/users-table';
import { problemMessageKey } from '../../lib/problems';
import { usePageTitle } from '../../lib/use-page-title';
import { useCurrentSession } from '../routing/session-context';

export function UsersPage() {
  const { t } = useTranslation();
  const { user: currentUser } = useCurrentSession();
  const [status, setStatus] = useState<UserStatus | undefined>();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [inviteOpened, setInviteOpened] = useState(false);
  const [toDeactivate, setToDeactivate] = useState<UserSummary | null>(null);
  const users = useUsers({ status, q: debouncedSearch || undefined, page });
  usePageTitle(t('users.title'));

  const pages = users.data ? Math.max(1, Math.ceil(users.data.total / USERS_PAGE_SIZE)) : 1;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Title order={1}>{t('users.title')}</Title>
          <Text c="dimmed">{t('users.intro')}</Text>
        </Stack>
        <Button onClick={() => setInviteOpened(true)}>{t('users.invite')}</Button>
      </Group>

      <UserFilters
        status={status}
        search={search}
        onStatusChange={(value) => {
          setStatus(value);
          setPage(1);
        }}
        onSearchChange={(value) => {
          setSearch(value);
          setPage(1);
        }}
      />

      {users.isPending ? (
        <Center py="xl" role="status" aria-live="polite">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : users.isError ? (
        <Alert color="red" variant="light" title={t('users.loadFailed')} role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t(problemMessageKey(users.error))}</Text>
            <Button size="xs" variant="light" onClick={() => void users.refetch()}>
              {t('users.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : users.data.items.length === 0 ? (
        <Text role="status">{t('users.empty')}</Text>
      ) : (
        <>
          <UsersTable
            users={users.data.items}
            total={users.data.total}
            currentUserId={currentUser.id}
            onDeactivate={setToDeactivate}
          />
          {pages > 1 ? (
            <Pagination
              component="nav"
              aria-label={t('users.pagination')}
              total={pages}
              value={page}
              onChange={setPage}
              getControlProps={(control) => ({ 'aria-label': t(`users.paginationControls.${control}`) })}
            />
          ) : null}
        </>
      )}

      <InviteUserModal opened={inviteOpened} onClose={() => setInviteOpened(false)} />
      <DeactivateUserDialog user={toDeactivate} onClose={() => setToDeactivate(null)} />
    </Stack>
  );
}
