import { Alert, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMyReferrals } from '../../features/my-referrals/api/list-my-referrals';
import { MyReferralCard } from '../../features/my-referrals/components/my-referral-card';
import { problemMessageKey } from '../../lib/problems';
import { usePageTitle } from '../../lib/use-page-title';

export function MyReferralsPage() {
  const { t } = useTranslation();
  const referrals = useMyReferrals();
  usePageTitle(t('myReferrals.title'));

  return (
    <Stack gap="lg" maw={880}>
      <Stack gap={4}>
        <Title order={1}>{t('myReferrals.title')}</Title>
        <Text c="dimmed">{t('myReferrals.intro')}</Text>
      </Stack>
      {referrals.isPending ? (
        <Center py="xl" role="status" aria-live="polite">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : referrals.isError ? (
        <Alert color="red" variant="light" title={t('myReferrals.loadFailed')} role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t(problemMessageKey(referrals.error))}</Text>
            <Button size="xs" variant="light" onClick={() => void referrals.refetch()}>
              {t('myReferrals.retry')}
            </Button>
          </Stack>
        </Alert>
      ) : referrals.data.items.length === 0 ? (
        <Stack gap="sm" align="flex-start" role="status">
          <Text>{t('myReferrals.empty')}</Text>
          <Button component={Link} to="/vacancies">
            {t('myReferrals.toVacancies')}
          </Button>
        </Stack>
      ) : (
        <Stack gap="md">
          {referrals.data.items.map((referral) => (
            <MyReferralCard key={referral.id} referral={referral} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
