import type { UserSummary } from '@kring/api-client';
import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { UserStatusBadge } from './user-status-badge';

interface Props {
  users: UserSummary[];
  total: number;
  currentUserId: string | undefined;
  onDeactivate: (user: UserSummary) => void;
}

export function UsersTable({ users, total, currentUserId, onDeactivate }: Props) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t('users.caption', { count: total })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.email')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.roles')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.lastLogin')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => {
            const name = `${user.firstName} ${user.lastName}`;
            const canDeactivate = user.status !== 'deactivated' && user.id !== currentUserId;
            return (
              <Table.Tr key={user.id}>
                <Table.Th scope="row" fw={500}>
                  {name}
                </Table.Th>
                <Table.Td>{user.email}</Table.Td>
                <Table.Td>{user.roles.map((role) => t(`roles.${role}`)).join(', ')}</Table.Td>
                <Table.Td>
                  <UserStatusBadge status={user.status} />
                </Table.Td>
                <Table.Td>
                  {user.lastLoginAt ? (
                    <time dateTime={user.lastLoginAt}>{formatDateTime(user.lastLoginAt)}</time>
                  ) : (
                    <Text span c="dimmed" size="sm">
                      {t('users.neverLoggedIn')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {canDeactivate ? (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={t('users.deactivateLabel', { name })}
                      onClick={() => onDeactivate(user)}
                    >
                      {t('users.deactivate')}
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
