import { EmptyState, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../lib/use-page-title';

/** An honest placeholder for sections that are not built yet: no fake data. */
export function ComingSoonPage({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  const title = t(titleKey);
  usePageTitle(title);
  return (
    <Stack gap="lg">
      <Title order={1}>{title}</Title>
      <EmptyState
        title={t('comingSoon.title')}
        description={t('comingSoon.description')}
        withIndicatorBackground
        icon={<span aria-hidden="true">⏳</span>}
      />
    </Stack>
  );
}
