import { Alert, Button, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { CHOICE_KEY, choiceOf, visibleTopics, type MailTopicChoice, type MailTopicState } from '../api/types';

interface Props {
  topics: readonly MailTopicState[];
  suppressed: boolean;
  pending: boolean;
  saved: boolean;
  onSave: (choice: MailTopicChoice) => void;
}

/**
 * One switch per mail topic (newsletter, job alerts, events; programme mails for referrers); saving turns the
 * switched-on opt-in topics on for 24 months, and programme mails on until switched off.
 */
export function TopicSwitches({ topics, suppressed, pending, saved, onSave }: Props) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<MailTopicChoice>(() => choiceOf(topics));

  return (
    <form
      noValidate
      aria-label={t('mailingsPreferences.formLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        onSave(choice);
      }}
    >
      <Stack gap="md">
        {suppressed ? (
          <Alert color="orange" variant="light">
            {t('mailingsPreferences.suppressed')}
          </Alert>
        ) : null}
        <Stack gap="sm" role="group" aria-label={t('mailingsPreferences.question')}>
          <Text fw={500}>{t('mailingsPreferences.question')}</Text>
          {visibleTopics(topics).map((topic) => {
            const state = topics.find((x) => x.topic === topic);
            const key = CHOICE_KEY[topic];
            return (
              <Switch
                key={topic}
                size="md"
                checked={choice[key] ?? false}
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  setChoice((current) => ({ ...current, [key]: on }));
                }}
                label={t(`mailingsPreferences.topics.${topic}`)}
                description={
                  state?.subscribed && state.expiresAt
                    ? t('mailingsPreferences.until', { date: formatDate(state.expiresAt) })
                    : t(`mailingsPreferences.help.${topic}`)
                }
              />
            );
          })}
        </Stack>
        <Text size="xs" c="dimmed">
          {t('mailingsPreferences.privacy')}
        </Text>
        <div>
          <Button type="submit" loading={pending}>
            {t('mailingsPreferences.save')}
          </Button>
        </div>
        {saved ? (
          <Text size="sm" c="teal.8" role="status">
            {t('mailingsPreferences.saved')}
          </Text>
        ) : null}
      </Stack>
    </form>
  );
}
