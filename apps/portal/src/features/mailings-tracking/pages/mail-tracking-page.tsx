import { Alert, Button, Center, Group, List, Loader, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessageKey } from '../../../lib/problems';
import { usePageTitle } from '../../../lib/use-page-title';
import { useMailSettings } from '../api/get-mail-settings';
import { useSetMailSettings } from '../api/set-mail-settings';

const FACTS = ['what', 'how', 'unreliable', 'off', 'kept'] as const;

/** HR: open and click tracking of newsletters, off by default, with what it means for the recipients' privacy. */
export function MailTrackingPage() {
  const { t } = useTranslation();
  usePageTitle(t('mailingsTracking.title'));
  const settings = useMailSettings();
  const save = useSetMailSettings();
  // What HR switched to but did not save yet; null: the saved value.
  const [draft, setDraft] = useState<boolean | null>(null);
  const tracking = draft ?? settings.data?.tracking ?? false;
  const changed = settings.data !== undefined && settings.data.tracking !== tracking;

  return (
    <Stack gap="lg" maw={760}>
      <Stack gap={4}>
        <Title order={1}>{t('mailingsTracking.title')}</Title>
        <Text c="dimmed">{t('mailingsTracking.intro')}</Text>
      </Stack>
      {settings.isPending ? (
        <Center py="xl" role="status" aria-live="polite">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : settings.isError ? (
        <Alert color="red" variant="light" title={t('mailingsTracking.loadFailed')} role="alert">
          <Text size="sm">{t(problemMessageKey(settings.error))}</Text>
        </Alert>
      ) : (
        <Paper withBorder p="lg">
          <form
            aria-label={t('mailingsTracking.formLabel')}
            onSubmit={(event) => {
              event.preventDefault();
              save.mutate({ tracking }, { onSuccess: () => setDraft(null) });
            }}
          >
            <Stack gap="md">
              <Switch
                label={t('mailingsTracking.switch')}
                description={t(tracking ? 'mailingsTracking.stateOn' : 'mailingsTracking.stateOff')}
                checked={tracking}
                onChange={(event) => {
                  save.reset();
                  setDraft(event.currentTarget.checked);
                }}
              />
              <Stack gap={6}>
                <Title order={2} size="h4">
                  {t('mailingsTracking.privacy.title')}
                </Title>
                <List size="sm" spacing={6} aria-label={t('mailingsTracking.privacy.title')}>
                  {FACTS.map((fact) => (
                    <List.Item key={fact}>{t(`mailingsTracking.privacy.${fact}`)}</List.Item>
                  ))}
                </List>
                {tracking && (
                  <Alert color="yellow" variant="light" title={t('mailingsTracking.privacy.noticeTitle')}>
                    <Text size="sm">{t('mailingsTracking.privacy.notice')}</Text>
                  </Alert>
                )}
              </Stack>
              <Group>
                <Button type="submit" disabled={!changed} loading={save.isPending}>
                  {t('mailingsTracking.save')}
                </Button>
                {save.isSuccess && !changed && (
                  <Text size="sm" c="teal" role="status">
                    {t('mailingsTracking.saved')}
                  </Text>
                )}
                {save.isError && (
                  <Text size="sm" c="red" role="alert">
                    {t(problemMessageKey(save.error))}
                  </Text>
                )}
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
    </Stack>
  );
}
