import { Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { usePageTitle } from '../../../lib/use-page-title';
import { useMyMailPreferences } from '../api/get-my-mail-preferences';
import { useSetMyMailPreferences } from '../api/set-my-mail-preferences';
import { TopicSwitches } from '../components/topic-switches';

/** The signed-in user's own mail topics: the same choices as the preference centre behind the mail links. */
export function MyPreferencesPage() {
  const { t } = useTranslation();
  const mine = useMyMailPreferences();
  const save = useSetMyMailPreferences();
  usePageTitle(t('mailingsPreferences.myTitle'));

  return (
    <Stack gap="md" maw={640}>
      <div>
        <Title order={1}>{t('mailingsPreferences.myTitle')}</Title>
        <Text c="dimmed">{t('mailingsPreferences.myIntro')}</Text>
      </div>
      {mine.isPending ? (
        <Center role="status" aria-live="polite">
          <Loader aria-label={t('mailingsPreferences.loading')} />
        </Center>
      ) : mine.isError ? (
        <FormAlert error={mine.error} />
      ) : (
        <Paper withBorder p="md">
          <TopicSwitches topics={mine.data.topics} suppressed={mine.data.suppressed} pending={save.isPending} saved={save.isSuccess} onSave={(choice) => save.mutate(choice)} />
          <FormAlert error={save.error} />
        </Paper>
      )}
    </Stack>
  );
}
