import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PublicLayout } from '../../../app/layout/public-layout';
import { usePageTitle } from '../../../lib/use-page-title';

/**
 * About Kring: what it is, its licence, and the attribution the data it ships requires (ESCO, O*NET). The wording of
 * the attributions follows THIRD-PARTY-NOTICES.md; keep both in step.
 */
export function AboutPage() {
  const { t } = useTranslation();
  usePageTitle(t('about.title'));
  return (
    <PublicLayout title={t('about.title')}>
      <Stack gap="md">
        <Text>{t('about.intro')}</Text>
        <Text>{t('about.licence')}</Text>
        <Title order={2} size="h4">
          {t('about.data.title')}
        </Title>
        <Text size="sm">{t('about.data.intro')}</Text>
        <List spacing="sm" size="sm">
          <List.Item>
            <Text size="sm" fw={600} component="span">
              ESCO.{' '}
            </Text>
            {t('about.data.esco')}{' '}
            <Anchor href="https://esco.ec.europa.eu" target="_blank" rel="noreferrer">
              esco.ec.europa.eu
            </Anchor>
          </List.Item>
          <List.Item>
            <Text size="sm" fw={600} component="span">
              O*NET.{' '}
            </Text>
            {t('about.data.onet')}{' '}
            <Anchor href="https://www.onetcenter.org" target="_blank" rel="noreferrer">
              onetcenter.org
            </Anchor>
          </List.Item>
        </List>
        <Text size="sm" c="dimmed">
          {t('about.privacy')}
        </Text>
      </Stack>
    </PublicLayout>
  );
}
