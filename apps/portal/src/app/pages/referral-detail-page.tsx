import type { ReferralDetail } from '@kring/api-client';
import { OUTCOME_STAGES } from '@kring/shared-domain';
import { Alert, Anchor, Button, Center, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useReferral } from '../../features/pipeline/api/get-referral';
import { CandidateDetails } from '../../features/pipeline/components/candidate-details';
import { ConsentBadge } from '../../features/pipeline/components/consent-badge';
import { MoveReferralForm } from '../../features/pipeline/components/move-referral-form';
import { ReferralHistory } from '../../features/pipeline/components/referral-history';
import { StageBadge } from '../../features/pipeline/components/stage-badge';
import { HireLeftForm } from '../../features/reward-ledger/components/hire-left-form';
import { problemMessageKey } from '../../lib/problems';
import { usePageTitle } from '../../lib/use-page-title';

function Actions({ referral, name }: { referral: ReferralDetail; name: string }) {
  const { t } = useTranslation();
  const closed = (OUTCOME_STAGES as readonly string[]).includes(referral.stage);
  let body;
  if (referral.consentState !== 'consented') {
    body = <Text size="sm">{t(referral.consentState === 'awaiting_consent' ? 'referral.cannotMoveAwaiting' : 'referral.cannotMoveErased')}</Text>;
  } else if (closed) {
    body = <Text size="sm">{t('referral.cannotMoveClosed')}</Text>;
  } else {
    body = <MoveReferralForm key={referral.stage} referralId={referral.id} candidateName={name} currentStage={referral.stage} />;
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="referral-actions-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="referral-actions-title">
          {t('referral.actions')}
        </Title>
        {body}
      </Stack>
    </Paper>
  );
}

export function ReferralDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const referral = useReferral(id);
  const name = referral.data?.candidateName ?? t('pipeline.nameErased');
  usePageTitle(referral.data ? name : t('referral.title'));

  const back = (
    <Anchor component={Link} to="/referrals" size="sm">
      {t('referral.backToPipeline')}
    </Anchor>
  );

  if (referral.isPending) {
    return (
      <Center py="xl" role="status" aria-live="polite">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (referral.isError) {
    return (
      <Stack gap="lg">
        {back}
        <Alert color="red" variant="light" title={t('referral.loadFailed')} role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t(problemMessageKey(referral.error))}</Text>
            <Button size="xs" variant="light" onClick={() => void referral.refetch()}>
              {t('pipeline.retry')}
            </Button>
          </Stack>
        </Alert>
      </Stack>
    );
  }

  const data = referral.data;
  return (
    <Stack gap="lg">
      {back}
      <Stack gap={4}>
        <Group gap="sm" align="center" wrap="wrap">
          <Title order={1}>{name}</Title>
          <StageBadge stage={data.stage} />
          <ConsentBadge state={data.consentState} />
        </Group>
        <Text c="dimmed">
          {t('referral.summary', {
            vacancy: data.vacancy?.name ?? t('pipeline.generalReferral'),
            referrer: data.referrer.name,
            programme: data.programme.name,
          })}
        </Text>
        <Text size="sm" c="dimmed">
          {t(`referral.sources.${data.source}`)}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="lg">
          <CandidateDetails referral={data} />
          <Actions referral={data} name={name} />
          {data.stage === 'hired' && data.startDate ? <HireLeftForm referralId={data.id} candidateName={name} /> : null}
        </Stack>
        <Paper withBorder p="md" component="section" aria-labelledby="referral-history-title">
          <Stack gap="sm">
            <Title order={2} size="h4" id="referral-history-title">
              {t('referral.history')}
            </Title>
            <ReferralHistory events={data.history} />
          </Stack>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
