import { isApiProblem } from '@kring/api-client';
import { Alert, Center, List, Loader, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentSession } from '../../../app/routing/session-context';
import { FormAlert } from '../../../lib/form-alert';
import { formatDate } from '../../../lib/format';
import { useMyMatchingConsent } from '../api/get-my-matching-consent';
import { useSetMyMatchingConsent } from '../api/set-my-matching-consent';
import type { MatchingConsent } from '../api/types';

/** The anchor of this section on /preferences (linked from /my-skills). */
export const MATCHING_SECTION_ID = 'matching';

const NO_PERSON = 'mail_preferences_no_person';

function ErrorText({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isApiProblem(error) && error.code === NO_PERSON) {
    return (
      <Alert color="red" variant="light" role="alert">
        <Text size="sm">{t('mailingsPreferences.matching.noPerson')}</Text>
      </Alert>
    );
  }
  return <FormAlert error={error} />;
}

function stateText(t: (key: string, options?: Record<string, unknown>) => string, consent: MatchingConsent): string {
  if (consent.granted) return consent.expiresAt ? t('mailingsPreferences.until', { date: formatDate(consent.expiresAt) }) : t('mailingsPreferences.matching.on');
  if (consent.status === 'granted' || consent.status === 'expired') {
    return consent.expiresAt ? t('mailingsPreferences.matching.expired', { date: formatDate(consent.expiresAt) }) : t('mailingsPreferences.matching.off');
  }
  return t('mailingsPreferences.matching.off');
}

/**
 * "Be found for vacancies": the signed-in person's own `matching` consent, apart from the mail topics. The switch
 * saves at once (granting for 24 months, withdrawing immediately); the text says what HR may do and with which data.
 */
export function MatchingConsentSection() {
  const { t } = useTranslation();
  const { organisation } = useCurrentSession();
  const consent = useMyMatchingConsent();
  const save = useSetMyMatchingConsent();

  return (
    <Paper withBorder p="md" component="section" id={MATCHING_SECTION_ID} aria-labelledby="matching-consent-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="matching-consent-title">
          {t('mailingsPreferences.matching.title')}
        </Title>
        <Text size="sm">{t('mailingsPreferences.matching.what', { organisation: organisation.name })}</Text>
        <div>
          <Text size="sm" fw={500}>
            {t('mailingsPreferences.matching.usesTitle')}
          </Text>
          <List size="sm">
            <List.Item>{t('mailingsPreferences.matching.uses.skills')}</List.Item>
            <List.Item>{t('mailingsPreferences.matching.uses.region')}</List.Item>
            <List.Item>{t('mailingsPreferences.matching.uses.availability')}</List.Item>
            <List.Item>{t('mailingsPreferences.matching.uses.languages')}</List.Item>
            <List.Item>{t('mailingsPreferences.matching.uses.phase')}</List.Item>
          </List>
        </div>
        <Text size="sm">{t('mailingsPreferences.matching.never')}</Text>
        <Text size="sm">{t('mailingsPreferences.matching.shown')}</Text>
        <Text size="sm">{t('mailingsPreferences.matching.withdraw')}</Text>
        <Text size="sm">{t('mailingsPreferences.matching.validity')}</Text>
        {consent.isPending ? (
          <Center role="status" aria-live="polite">
            <Loader size="sm" aria-label={t('mailingsPreferences.loading')} />
          </Center>
        ) : consent.isError ? (
          <ErrorText error={consent.error} />
        ) : (
          <>
            <Switch
              size="md"
              checked={consent.data.granted}
              disabled={save.isPending}
              onChange={(event) => save.mutate(event.currentTarget.checked)}
              label={t('mailingsPreferences.matching.switch')}
              description={stateText(t, consent.data)}
            />
            {save.isSuccess && !save.isPending ? (
              <Text size="sm" c="teal.8" role="status">
                {t(save.data.granted ? 'mailingsPreferences.matching.savedOn' : 'mailingsPreferences.matching.savedOff')}
              </Text>
            ) : null}
            {save.isError ? <ErrorText error={save.error} /> : null}
          </>
        )}
      </Stack>
    </Paper>
  );
}
