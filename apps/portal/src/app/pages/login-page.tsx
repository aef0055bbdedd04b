import { Anchor, Divider, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../features/auth/api/get-session';
import { LoginForm } from '../../features/auth/components/login-form';
import { MagicLinkRequestForm } from '../../features/auth/components/magic-link-request-form';
import { safeNextPath } from '../../lib/safe-redirect';
import { usePageTitle } from '../../lib/use-page-title';
import { FullPageLoader } from '../layout/full-page-loader';
import { PublicLayout } from '../layout/public-layout';

type Mode = 'password' | 'magic-link';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const [mode, setMode] = useState<Mode>(params.get('mode') === 'magic-link' ? 'magic-link' : 'password');
  const next = safeNextPath(params.get('next'));
  usePageTitle(t('login.title'));

  if (session.isPending) return <FullPageLoader />;
  if (session.data) return <Navigate to={next} replace />;

  return (
    <PublicLayout title={t('login.title')}>
      <Stack gap="md">
        {mode === 'password' ? (
          <>
            <Text size="sm" c="dimmed">
              {t('login.intro')}
            </Text>
            <LoginForm onSuccess={() => navigate(next, { replace: true })} />
          </>
        ) : (
          <MagicLinkRequestForm />
        )}
        <Divider />
        <Text ta="center" size="sm">
          <Anchor component="button" type="button" onClick={() => setMode(mode === 'password' ? 'magic-link' : 'password')}>
            {mode === 'password' ? t('login.useMagicLink') : t('login.usePassword')}
          </Anchor>
        </Text>
      </Stack>
    </PublicLayout>
  );
}
