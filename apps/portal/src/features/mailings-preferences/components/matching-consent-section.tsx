import { isApiProblem } from '@kring/api-client';
import { Alert, Center, List, Loader, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
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

interface PanelProps {
  organisationName: string;
  /** Signed in: the skills are on /my-skills; by mail link (no account): the skills as the organisation knows them. */
  variant: 'account' | 'link';
  /** The switch, or the loading/error state in its place. */
  children: ReactNode;
}

/**
 * "Be found for vacancies" (consent purpose `matching`), presentational: what HR may do and with which data, then
 * the switch. Used on /preferences (signed in) and in the preference centre behind the mailed link.
 */
export function MatchingConsentPanel({ organisationName, variant, children }: PanelProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" id={MATCHING_SECTION_ID} aria-labelledby="matching-consent-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="matching-consent-title">
          {t('mailingsPreferences.matching.title')}
        </Title>
        <Text size="sm">{t('mailingsPreferences.matching.what', { organisation: organisationName })}</Text>
        <div>
          <Text size="sm" fw={500}>
            {t('mailingsPreferences.matching.usesTitle')}
          </Text>
          <List size="sm">
            <List.Item>
              {variant === 'account' ? t('mailingsPreferences.matching.uses.skills') : t('mailingsPreferences.matching.uses.skillsLink', { organisation: organisationName })}
            </List.Item>
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
        {children}
      </Stack>
    </Paper>
  );
}

interface SwitchProps {
  consent: MatchingConsent;
  pending: boolean;
  /** The state the last save returned (its confirmation is shown), or null before any save. */
  saved: MatchingConsent | null;
  error: unknown;
  onChange: (granted: boolean) => void;
}

/** The switch (saves at once: granting for 24 months, withdrawing immediately), its confirmation and its error. */
export function MatchingConsentSwitch({ consent, pending, saved, error, onChange }: SwitchProps) {
  const { t } = useTranslation();
  return (
    <>
      <Switch
        size="md"
        checked={consent.granted}
        disabled={pending}
        onChange={(event) => onChange(event.currentTarget.checked)}
        label={t('mailingsPreferences.matching.switch')}
        description={stateText(t, consent)}
      />
      {saved && !pending ? (
        <Text size="sm" c="teal.8" role="status">
          {t(saved.granted ? 'mailingsPreferences.matching.savedOn' : 'mailingsPreferences.matching.savedOff')}
        </Text>
      ) : null}
      {error ? <ErrorText error={error} /> : null}
    </>
  );
}

/** The signed-in person's own `matching` consent on /preferences, apart from the mail topics. */
export function MatchingConsentSection() {
  const { t } = useTranslation();
  const { organisation } = useCurrentSession();
  const consent = useMyMatchingConsent();
  const save = useSetMyMatchingConsent();

  return (
    <MatchingConsentPanel organisationName={organisation.name} variant="account">
      {consent.isPending ? (
        <Center role="status" aria-live="polite">
          <Loader size="sm" aria-label={t('mailingsPreferences.loading')} />
        </Center>
      ) : consent.isError ? (
        <ErrorText error={consent.error} />
      ) : (
        <MatchingConsentSwitch
          consent={consent.data}
          pending={save.isPending}
          saved={save.isSuccess ? save.data : null}
          error={save.isError ? save.error : null}
          onChange={(granted) => save.mutate(granted)}
        />
      )}
    </MatchingConsentPanel>
  );
}
