import { isApiProblem } from '@kring/api-client';
import { Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { problemMessageKey } from '../../lib/problems';
import { usePageTitle } from '../../lib/use-page-title';
import { NotFoundPage } from './not-found-page';

/** The error boundary of the router: something threw while rendering or loading a page. */
export function RouteErrorPage({ standalone = false }: { standalone?: boolean }) {
  const { t } = useTranslation();
  const error = useRouteError();
  usePageTitle(t('error.title'));

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const requestId = isApiProblem(error) ? error.requestId : undefined;

  return (
    <Container component={standalone ? 'main' : 'section'} size="sm" py="xl" aria-labelledby="error-title">
      <Stack gap="md">
        <Title order={1} id="error-title">
          {t('error.title')}
        </Title>
        <Text>{isApiProblem(error) ? t(problemMessageKey(error)) : t('error.description')}</Text>
        {requestId ? (
          <Text size="sm" c="dimmed">
            {t('problems.requestId', { requestId })}
          </Text>
        ) : null}
        <Group gap="sm">
          <Button onClick={() => window.location.reload()}>{t('error.reload')}</Button>
          <Button component={Link} to="/" variant="default">
            {t('error.home')}
          </Button>
        </Group>
      </Stack>
    </Container>
  );
}
