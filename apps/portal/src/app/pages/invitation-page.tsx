import { isApiProblem } from '@kring/api-client';
import { Alert, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useInvitationLookup } from '../../features/auth/api/lookup-invitation';
import { AcceptInvitationForm } from '../../features/auth/components/accept-invitation-form';
import { FormAlert } from '../../lib/form-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { PublicLayout } from '../layout/public-layout';

export function InvitationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const lookup = useInvitationLookup(token);
  usePageTitle(t('invitation.title'));

  const invalid = !token || (isApiProblem(lookup.error) && lookup.error.code === 'invitation_invalid');

  return (
    <PublicLayout title={t('invitation.title')}>
      {invalid ? (
        <Stack gap="md">
          <Alert color="orange" variant="light" title={t('invitation.invalidTitle')} role="alert">
            <Text size="sm">{token ? t('invitation.invalid') : t('invitation.missingToken')}</Text>
          </Alert>
          <Button component={Link} to="/login" variant="light">
            {t('invitation.goToLogin')}
          </Button>
        </Stack>
      ) : lookup.isError ? (
        <FormAlert error={lookup.error} />
      ) : lookup.isPending ? (
        <Center role="status" aria-live="polite">
          <Stack align="center" gap="sm">
            <Loader aria-hidden="true" />
            <Text>{t('invitation.loading')}</Text>
          </Stack>
        </Center>
      ) : (
        <Stack gap="md">
          <Title order={2} size="h4">
            {t('invitation.welcome', {
              organisation: lookup.data.organisationName,
              firstName: lookup.data.firstName,
            })}
          </Title>
          <Text size="sm">{t('invitation.intro', { email: lookup.data.email })}</Text>
          <AcceptInvitationForm
            token={token}
            invitation={lookup.data}
            onSuccess={() => navigate('/', { replace: true })}
          />
        </Stack>
      )}
    </PublicLayout>
  );
}
