import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '../../features/auth/api/logout';
import { useExportOwnData } from '../../features/erm-privacy';
import { problemMessage } from '../../lib/problems';
import { useCurrentSession } from '../routing/session-context';

export function UserMenu() {
  const { t } = useTranslation();
  const { user } = useCurrentSession();
  const logout = useLogout();
  const exportOwn = useExportOwnData();
  const navigate = useNavigate();
  const name = `${user.firstName} ${user.lastName}`;
  const initials = `${user.firstName.charAt(0)}${user.lastName.charAt(0)}`.toUpperCase();

  const onLogout = () =>
    logout.mutate(undefined, {
      onSuccess: () => navigate('/login', { replace: true }),
      onError: () => notifications.show({ color: 'red', message: t('userMenu.logoutFailed') }),
    });

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('userMenu.label', { name })} p={4} style={{ borderRadius: 'var(--mantine-radius-md)' }}>
          <Group gap="xs" wrap="nowrap">
            <Avatar size="sm" color="blue" aria-hidden="true">
              {initials}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm">
              {name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('userMenu.signedInAs')}</Menu.Label>
        <Text size="sm" px="sm" pb="xs">
          {user.email}
        </Text>
        <Menu.Divider />
        <Menu.Item
          onClick={() => exportOwn.mutate(undefined, { onError: (error) => notifications.show({ color: 'red', message: problemMessage(t, error) }) })}
          disabled={exportOwn.isPending}
        >
          {t('userMenu.exportOwnData')}
        </Menu.Item>
        <Menu.Item onClick={() => navigate('/about')}>{t('about.link')}</Menu.Item>
        <Menu.Item onClick={onLogout} disabled={logout.isPending}>
          {t('userMenu.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
