import { isApiProblem } from '@kring/api-client';
import { Alert, Box, Center, Container, Grid, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useSharedVacancy } from '../../features/shared-vacancy/api/get-shared-vacancy';
import { channelFromPath, useCountVisitOnce } from '../../features/shared-vacancy/api/record-share-link-visit';
import { ApplyForm } from '../../features/shared-vacancy/components/apply-form';
import { SharedVacancyView } from '../../features/shared-vacancy/components/shared-vacancy-view';
import { FormAlert } from '../../lib/form-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { LanguageSwitch } from '../layout/language-switch';

/** A referrer's personal link (/r/:code, /r/:code/:channel): the vacancy and a form to apply, no login. */
export function SharedVacancyPage() {
  const { t } = useTranslation();
  const { code = '', channel } = useParams();
  const shared = useSharedVacancy(code);
  useCountVisitOnce(code, channelFromPath(channel));
  usePageTitle(shared.data?.vacancy.title ?? t('sharedVacancy.title'));

  return (
    <Box mih="100vh" bg="gray.0" py={{ base: 'md', sm: 'xl' }}>
      <Container size="lg" px="sm">
        <Group component="header" justify="space-between" mb="lg" wrap="nowrap">
          <Text fw={800} size="xl" c="blue.9" truncate="end">
            {shared.data?.organisationName ?? t('app.name')}
          </Text>
          <LanguageSwitch />
        </Group>
        <Box component="main">
          {shared.isPending ? (
            <Center py="xl" role="status" aria-live="polite">
              <Loader aria-label={t('app.loading')} />
            </Center>
          ) : shared.isError ? (
            <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
              <Title order={1} size="h2" mb="md">
                {t('sharedVacancy.title')}
              </Title>
              {isApiProblem(shared.error) && (shared.error.status === 404 || shared.error.status === 410) ? (
                <Alert color="orange" variant="light" role="alert" title={t('sharedVacancy.goneTitle')}>
                  <Text size="sm">{t('sharedVacancy.gone')}</Text>
                </Alert>
              ) : (
                <FormAlert error={shared.error} />
              )}
            </Paper>
          ) : (
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 7 }}>
                <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
                  <SharedVacancyView shared={shared.data} />
                </Paper>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <Paper component="section" withBorder radius="md" p={{ base: 'md', sm: 'xl' }} aria-labelledby="apply-title">
                  <Stack gap="sm">
                    <Title order={2} size="h3" id="apply-title">
                      {t('sharedVacancy.applyTitle')}
                    </Title>
                    <ApplyForm code={code} organisationName={shared.data.organisationName} referrerFirstName={shared.data.referrerFirstName} />
                  </Stack>
                </Paper>
              </Grid.Col>
            </Grid>
          )}
        </Box>
      </Container>
    </Box>
  );
}
