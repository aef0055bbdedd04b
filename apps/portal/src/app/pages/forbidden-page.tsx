import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../lib/use-page-title';

/** Shown in place of a page the signed-in user's roles do not allow (HTTP 403 in spirit). */
export function ForbiddenPage() {
  const { t } = useTranslation();
  usePageTitle(t('forbidden.title'));
  return (
    <Stack gap="md" maw={640}>
      <Text c="dimmed" fw={700}>
        403
      </Text>
      <Title order={1}>{t('forbidden.title')}</Title>
      <Text>{t('forbidden.description')}</Text>
      <div>
        <Button component={Link} to="/" variant="light">
          {t('forbidden.home')}
        </Button>
      </div>
    </Stack>
  );
}
