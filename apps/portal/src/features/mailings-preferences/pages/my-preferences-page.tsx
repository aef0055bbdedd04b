import { Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { hasAnyRole } from '../../../app/routing/navigation';
import { useCurrentSession } from '../../../app/routing/session-context';
import { FormAlert } from '../../../lib/form-alert';
import { usePageTitle } from '../../../lib/use-page-title';
import { useMyMailPreferences } from '../api/get-my-mail-preferences';
import { useSetMyMailPreferences } from '../api/set-my-mail-preferences';
import { MATCHING_SECTION_ID, MatchingConsentSection } from '../components/matching-consent-section';
import { TopicSwitches } from '../components/topic-switches';

/** The people who can be matched to vacancies (the roles of /my-skills): they see the matching consent section. */
const MATCHABLE_ROLES = ['employee', 'alumnus', 'external_referrer'] as const;

/**
 * The signed-in user's own preferences: the mail topics (the same choices as the preference centre behind the mail
 * links) and, in a separate section, the consent to be found for vacancies.
 */
export function MyPreferencesPage() {
  const { t } = useTranslation();
  const { user } = useCurrentSession();
  const { hash } = useLocation();
  const mine = useMyMailPreferences();
  const save = useSetMyMailPreferences();
  const matchable = hasAnyRole(user.roles, MATCHABLE_ROLES);
  usePageTitle(t('mailingsPreferences.myTitle'));

  useEffect(() => {
    // /my-skills links to /preferences#matching: bring the section into view (the router does not scroll to hashes).
    if (matchable && hash === `#${MATCHING_SECTION_ID}`) document.getElementById(MATCHING_SECTION_ID)?.scrollIntoView?.();
  }, [hash, matchable]);

  return (
    <Stack gap="md" maw={640}>
      <div>
        <Title order={1}>{t('mailingsPreferences.myTitle')}</Title>
        <Text c="dimmed">{t('mailingsPreferences.myIntro')}</Text>
      </div>
      <Paper withBorder p="md" component="section" aria-labelledby="mail-topics-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="mail-topics-title">
            {t('mailingsPreferences.mailTitle')}
          </Title>
          {mine.isPending ? (
            <Center role="status" aria-live="polite">
              <Loader aria-label={t('mailingsPreferences.loading')} />
            </Center>
          ) : mine.isError ? (
            <FormAlert error={mine.error} />
          ) : (
            <>
              <TopicSwitches topics={mine.data.topics} suppressed={mine.data.suppressed} pending={save.isPending} saved={save.isSuccess} onSave={(choice) => save.mutate(choice)} />
              <FormAlert error={save.error} />
            </>
          )}
        </Stack>
      </Paper>
      {matchable ? <MatchingConsentSection /> : null}
    </Stack>
  );
}
