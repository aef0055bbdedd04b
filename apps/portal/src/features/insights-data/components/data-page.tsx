import { Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../../../lib/use-page-title';

/** The sub-pages of HR's recruitment data, in the order HR usually fills them. */
export const DATA_SECTIONS = ['hires', 'costs', 'offers', 'ratings', 'import'] as const;
export type DataSection = (typeof DATA_SECTIONS)[number];

export const sectionPath = (section: DataSection | 'overview') => (section === 'overview' ? '/insights/data' : `/insights/data/${section}`);

/** Links between the overview and the sub-pages; the current one is marked for screen readers. */
export function DataNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Group component="nav" aria-label={t('insightsData.nav.label')} gap="xs">
      {(['overview', ...DATA_SECTIONS] as const).map((section) => {
        const current = pathname.replace(/\/$/, '') === sectionPath(section);
        return (
          <Button
            key={section}
            component={Link}
            to={sectionPath(section)}
            size="xs"
            variant={current ? 'filled' : 'light'}
            aria-current={current ? 'page' : undefined}
          >
            {t(`insightsData.nav.${section}`)}
          </Button>
        );
      })}
    </Group>
  );
}

/** Title, intro and the section links of every page under /insights/data. */
export function DataPage({ title, intro, actions, children }: { title: string; intro: ReactNode; actions?: ReactNode; children: ReactNode }) {
  usePageTitle(title);
  return (
    <Stack gap="md">
      <DataNav />
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{title}</Title>
          <Text c="dimmed" maw={760}>
            {intro}
          </Text>
        </div>
        {actions}
      </Group>
      {children}
    </Stack>
  );
}
