import { isApiProblem } from '@kring/api-client';
import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PublicLayout } from '../../../app/layout/public-layout';
import { FormAlert } from '../../../lib/form-alert';
import { usePageTitle } from '../../../lib/use-page-title';
import { useAnswerCandidateSurvey } from '../api/answer-candidate-survey';
import { useCandidateSurvey } from '../api/lookup-candidate-survey';

const SCORES = Array.from({ length: 11 }, (_, score) => score);

/** The score from the link, when it is a whole number from 0 to 10. */
function scoreParam(value: string | null): number | null {
  if (value === null || !/^(10|[0-9])$/.test(value.trim())) return null;
  return Number(value.trim());
}

const isInvalidLink = (error: unknown) => isApiProblem(error) && (error.status === 410 || error.status === 400);

/**
 * The candidate-experience page behind the eleven links in the mail. The link itself (a GET) records nothing, so mail
 * scanners cannot answer; this page, opened by a person, POSTs the score from the link once and then lets them change it.
 */
export function CandidateSurveyPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const fromLink = scoreParam(params.get('score'));
  const answer = useAnswerCandidateSurvey();
  // With a score in the link the answer's response is the page's data; without one, look the survey up.
  const lookup = useCandidateSurvey(token, fromLink === null || answer.isError);
  const sent = useRef<string | null>(null);
  const title = t('insightsSurvey.title');
  usePageTitle(title);

  const { mutate } = answer;
  useEffect(() => {
    const key = `${token}:${fromLink}`;
    if (!token || fromLink === null || sent.current === key) return;
    sent.current = key;
    mutate({ token, score: fromLink });
  }, [token, fromLink, mutate]);

  const survey = answer.data ?? lookup.data;
  const failed = answer.error ?? lookup.error;
  let content;
  if (!token || isInvalidLink(failed)) {
    content = (
      <Alert color="orange" variant="light" role="alert">
        {t('insightsSurvey.invalid')}
      </Alert>
    );
  } else if (!survey && failed) {
    content = <FormAlert error={failed} />;
  } else if (!survey) {
    content = (
      <Center role="status" aria-live="polite">
        <Loader aria-label={t('insightsSurvey.loading')} />
      </Center>
    );
  } else {
    const organisation = survey.organisationName;
    content = (
      <Stack gap="md">
        {survey.score !== null ? (
          <Alert color="teal" variant="light" role="status">
            {t('insightsSurvey.thanks', { score: survey.score })}
          </Alert>
        ) : null}
        <Text id="candidate-survey-question">{t('insightsSurvey.question', { organisation })}</Text>
        <Group gap={6} role="group" aria-labelledby="candidate-survey-question">
          {SCORES.map((score) => (
            <Button
              key={score}
              variant={survey.score === score ? 'filled' : 'default'}
              aria-pressed={survey.score === score}
              disabled={answer.isPending}
              onClick={() => answer.mutate({ token, score })}
              miw={44}
            >
              {score}
            </Button>
          ))}
        </Group>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('insightsSurvey.low')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('insightsSurvey.high')}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {t('insightsSurvey.change', { date: new Date(survey.expiresAt).toLocaleDateString(t('insightsSurvey.dateLocale')) })}
        </Text>
        {answer.error && !isInvalidLink(answer.error) ? <FormAlert error={answer.error} /> : null}
      </Stack>
    );
  }
  return <PublicLayout title={title}>{content}</PublicLayout>;
}
