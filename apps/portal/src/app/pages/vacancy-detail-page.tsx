import { isApiProblem, type OpenVacancy } from '@kring/api-client';
import { Alert, Anchor, Button, Center, Grid, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { myReferralKeys } from '../../features/my-referrals/api/keys';
import { useOpenVacancy } from '../../features/open-vacancies/api/get-open-vacancy';
import { HtmlContent } from '../../features/open-vacancies/components/html-content';
import { ProgrammeReward } from '../../features/open-vacancies/components/programme-reward';
import { VacancyFacts } from '../../features/open-vacancies/components/vacancy-facts';
import { ReferModal } from '../../features/refer/components/refer-modal';
import { SharePanel } from '../../features/share/components/share-panel';
import { problemMessageKey } from '../../lib/problems';
import { usePageTitle } from '../../lib/use-page-title';

export function VacancyDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const vacancy = useOpenVacancy(id);
  usePageTitle(vacancy.data?.title ?? t('openVacancies.title'));

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/vacancies" size="sm">
        {t('openVacancies.backToList')}
      </Anchor>
      {vacancy.isPending ? (
        <Center py="xl" role="status" aria-live="polite">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : vacancy.isError ? (
        <Alert color="red" variant="light" role="alert" title={t('openVacancies.detailFailed')}>
          <Text size="sm">
            {isApiProblem(vacancy.error) && vacancy.error.status === 404 ? t('openVacancies.notOpen') : t(problemMessageKey(vacancy.error))}
          </Text>
        </Alert>
      ) : (
        <VacancyDetail vacancy={vacancy.data} />
      )}
    </Stack>
  );
}

function VacancyDetail({ vacancy }: { vacancy: OpenVacancy }) {
  const { t } = useTranslation();
  const [referOpened, setReferOpened] = useState(false);
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="md">
          <Title order={1}>{vacancy.title}</Title>
          <VacancyFacts {...vacancy} />
          <div>
            <Button size="md" onClick={() => setReferOpened(true)}>
              {t('openVacancies.refer')}
            </Button>
          </div>
          <section aria-label={t('openVacancies.description')}>
            <HtmlContent html={vacancy.descriptionHtml} />
          </section>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="md">
          <Paper component="section" withBorder radius="md" p="md" aria-labelledby="reward-title">
            <Stack gap="xs">
              <Title order={2} size="h3" id="reward-title">
                {t('openVacancies.rewardTitle')}
              </Title>
              <Text size="sm" c="dimmed">
                {vacancy.programme.name}
              </Text>
              <ProgrammeReward rewardSummary={vacancy.programme.rewardSummary} endsAt={vacancy.programme.endsAt} />
              {vacancy.programme.termsHtml ? (
                <details>
                  <summary>{t('openVacancies.terms')}</summary>
                  <HtmlContent html={vacancy.programme.termsHtml} />
                </details>
              ) : null}
            </Stack>
          </Paper>
          <SharePanel vacancyId={vacancy.id} vacancyTitle={vacancy.title} />
        </Stack>
      </Grid.Col>
      <ReferModal
        opened={referOpened}
        onClose={() => setReferOpened(false)}
        vacancy={{ id: vacancy.id, title: vacancy.title }}
        invalidates={[myReferralKeys.lists()]}
      />
    </Grid>
  );
}
