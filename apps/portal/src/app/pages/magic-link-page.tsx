import { isApiProblem } from '@kring/api-client';
import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useVerifyMagicLink } from '../../features/auth/api/verify-magic-link';
import { MagicLinkRequestForm } from '../../features/auth/components/magic-link-request-form';
import { FormAlert } from '../../lib/form-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { PublicLayout } from '../layout/public-layout';

export function MagicLinkPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const verify = useVerifyMagicLink();
  const started = useRef(false);
  usePageTitle(t('magicLink.title'));

  useEffect(() => {
    // A link works once: never send the same token twice (StrictMode runs effects twice).
    if (!token || started.current) return;
    started.current = true;
    verify.mutate(token, { onSuccess: () => navigate('/', { replace: true }) });
  }, [token, verify, navigate]);

  const linkIsDead = !token || (isApiProblem(verify.error) && verify.error.code === 'magic_link_invalid');

  return (
    <PublicLayout title={t('magicLink.title')}>
      {linkIsDead ? (
        <Stack gap="md">
          <Alert color="orange" variant="light" title={t('magicLink.invalidTitle')} role="alert">
            <Text size="sm">{token ? t('magicLink.invalid') : t('magicLink.missingToken')}</Text>
          </Alert>
          <Text fw={600}>{t('magicLink.requestNew')}</Text>
          <MagicLinkRequestForm />
        </Stack>
      ) : verify.isError ? (
        <Stack gap="md">
          <FormAlert error={verify.error} />
          <Button onClick={() => verify.mutate(token, { onSuccess: () => navigate('/', { replace: true }) })}>
            {t('magicLink.retry')}
          </Button>
        </Stack>
      ) : (
        <Center role="status" aria-live="polite">
          <Stack align="center" gap="sm">
            <Loader aria-hidden="true" />
            <Text>{t('magicLink.verifying')}</Text>
          </Stack>
        </Center>
      )}
    </PublicLayout>
  );
}
