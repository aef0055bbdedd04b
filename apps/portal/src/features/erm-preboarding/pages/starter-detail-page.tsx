import { Alert, Anchor, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatCalendarDate, formatDateTime } from '../../../lib/format';
import { usePageTitle } from '../../../lib/use-page-title';
import { useChangePreboardingStartDate } from '../api/change-preboarding-start-date';
import { usePreboardingStarter } from '../api/get-preboarding-starter';
import { useResendPreboardingLink } from '../api/resend-preboarding-link';
import { useSetPreboardingHrTaskDone } from '../api/set-preboarding-hr-task-done';
import { ChecklistProgress } from '../components/checklist-progress';
import { DayInput } from '../components/day-input';
import { preboardingProblemKey } from '../components/preboarding-problems';
import { TaskList } from '../components/task-list';

/** One starter: the checklist (HR ticks HR tasks), a new start date, a fresh link. */
export function StarterDetailPage() {
  const { t } = useTranslation();
  const { personId = '' } = useParams();
  const starter = usePreboardingStarter(personId);
  const setDone = useSetPreboardingHrTaskDone();
  const changeDate = useChangePreboardingStartDate();
  const resend = useResendPreboardingLink();
  const [startDate, setStartDate] = useState('');
  const [pending, setPending] = useState<string | null>(null);
  usePageTitle(starter.data?.name ?? t('ermPreboarding.title'));

  if (starter.isPending) {
    return (
      <Center py="xl" role="status" aria-live="polite">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (starter.isError) {
    return (
      <Alert color="red" variant="light" role="alert">
        {t(preboardingProblemKey(starter.error))}
      </Alert>
    );
  }
  const s = starter.data;
  const mutationError = setDone.error ?? changeDate.error ?? resend.error;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/preboarding">
        {t('ermPreboarding.back')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{s.name}</Title>
        <Text c="dimmed">
          {[s.email, s.department, s.startDate ? t('ermPreboarding.detail.starts', { date: formatCalendarDate(s.startDate) }) : null].filter(Boolean).join(' · ')}
        </Text>
      </Stack>
      {mutationError ? (
        <Alert color="red" variant="light" role="alert">
          {t(preboardingProblemKey(mutationError))}
        </Alert>
      ) : null}
      {s.checklist ? (
        <>
          <Group justify="space-between" wrap="wrap">
            <ChecklistProgress done={s.done} total={s.total} />
            <Text size="sm" c="dimmed">
              {t('ermPreboarding.detail.template', { name: s.checklist.templateName })}
              {s.checklist.linkSentAt ? ` · ${t('ermPreboarding.detail.linkSent', { at: formatDateTime(s.checklist.linkSentAt) })}` : ''}
            </Text>
          </Group>
          <TaskList
            tasks={s.tasks}
            viewer="hr"
            pendingTaskId={pending}
            onToggle={(task, done) => {
              setPending(task.id);
              setDone.mutate({ personId, taskId: task.id, done }, { onSettled: () => setPending(null) });
            }}
          />
          <Group gap="sm" wrap="wrap" align="flex-end">
            <Button
              variant="default"
              loading={resend.isPending}
              disabled={!s.email}
              onClick={() =>
                resend.mutate(personId, {
                  onSuccess: ({ sentTo }) => notifications.show({ color: 'green', message: t('ermPreboarding.detail.linkResent', { email: sentTo }) }),
                })
              }
            >
              {t('ermPreboarding.detail.resend')}
            </Button>
          </Group>
        </>
      ) : (
        <Text>{t('ermPreboarding.noChecklist')}</Text>
      )}
      {s.phase === 'entry' ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate)) return;
            changeDate.mutate({ personId, startDate }, { onSuccess: () => notifications.show({ color: 'green', message: t('ermPreboarding.detail.dateChanged') }) });
          }}
        >
          <Group gap="sm" align="flex-end" wrap="wrap">
            <DayInput label={t('ermPreboarding.detail.newStartDate')} value={startDate} onChange={setStartDate} required />
            <Button type="submit" loading={changeDate.isPending}>
              {t('ermPreboarding.detail.changeDate')}
            </Button>
          </Group>
        </form>
      ) : null}
    </Stack>
  );
}
