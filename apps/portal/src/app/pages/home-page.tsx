import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AlumniHome } from '../../features/erm-offboarding/components/alumni-home';
import { usePageTitle } from '../../lib/use-page-title';
import { hasAnyRole, primaryRole } from '../routing/navigation';
import { useCurrentSession } from '../routing/session-context';

export function HomePage() {
  const { user, organisation } = useCurrentSession();
  if (primaryRole(user.roles) === 'alumnus') return <AlumniHome firstName={user.firstName} organisationName={organisation.name} />;
  return <StandardHome />;
}

function StandardHome() {
  const { t } = useTranslation();
  const { user, organisation } = useCurrentSession();
  const role = primaryRole(user.roles);
  usePageTitle(t('home.title'));

  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>{t('home.welcome', { firstName: user.firstName })}</Title>
      <Text c="dimmed">{t('home.organisation', { organisation: organisation.name, role: t(`roles.${role}`) })}</Text>
      <Text>{t(`home.${role}`)}</Text>
      {hasAnyRole(user.roles, ['hr_admin']) ? (
        <div>
          <Button component={Link} to="/users">
            {t('home.manageUsers')}
          </Button>
        </div>
      ) : null}
    </Stack>
  );
}
