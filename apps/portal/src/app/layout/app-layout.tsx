import { Anchor, AppShell, Burger, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Fragment } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { navItemsFor } from '../routing/navigation';
import { useCurrentSession } from '../routing/session-context';
import { LanguageSwitch } from './language-switch';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';
import { UserMenu } from './user-menu';

const NAVIGATION_ID = 'app-navigation';

function isActive(pathname: string, path: string): boolean {
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

export function AppLayout() {
  const { t } = useTranslation();
  const { user, organisation } = useCurrentSession();
  const { pathname } = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const items = navItemsFor(user.roles);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.close') : t('nav.open')}
              aria-expanded={opened}
              aria-controls={NAVIGATION_ID}
            />
            <Anchor component={Link} to="/" fw={700} size="lg" c="inherit" underline="never" truncate="end">
              {organisation.name}
            </Anchor>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar id={NAVIGATION_ID} p="xs" component="nav" aria-label={t('nav.label')}>
        <ScrollArea>
          {items.map((item, index) => {
            const active = isActive(pathname, item.path);
            const heading = item.section && item.section !== items[index - 1]?.section ? item.section : null;
            return (
              <Fragment key={item.path}>
                {heading ? (
                  <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
                    {t(`nav.sections.${heading}`)}
                  </Text>
                ) : null}
                <NavLink
                  component={Link}
                  to={item.path}
                  label={t(item.labelKey)}
                  active={active}
                  aria-current={active ? 'page' : undefined}
                  onClick={close}
                />
              </Fragment>
            );
          })}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
