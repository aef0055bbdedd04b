import { Alert, Center, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PublicLayout } from '../../../app/layout/public-layout';
import { formatCalendarDate } from '../../../lib/format';
import { usePageTitle } from '../../../lib/use-page-title';
import { useStarterChecklist } from '../api/get-starter-checklist';
import { useSetStarterTaskDone } from '../api/set-starter-task-done';
import { ChecklistProgress } from '../components/checklist-progress';
import { isDeadLink, preboardingProblemKey } from '../components/preboarding-problems';
import { TaskList } from '../components/task-list';

/** The starter's checklist, reached through the link in their welcome mail: no account, mobile first. */
export function StarterChecklistPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const checklist = useStarterChecklist(token);
  const setDone = useSetStarterTaskDone(token);
  const [pending, setPending] = useState<string | null>(null);
  const title = t('ermPreboarding.starter.title');
  usePageTitle(title);

  let content;
  if (!token || (checklist.isError && isDeadLink(checklist.error))) {
    content = (
      <Alert color="orange" variant="light" role="alert" title={t('ermPreboarding.starter.deadTitle')}>
        {t('ermPreboarding.starter.dead')}
      </Alert>
    );
  } else if (checklist.isPending) {
    content = (
      <Center role="status" aria-live="polite">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  } else if (checklist.isError) {
    content = (
      <Alert color="red" variant="light" role="alert">
        {t(preboardingProblemKey(checklist.error))}
      </Alert>
    );
  } else {
    const data = checklist.data;
    content = (
      <Stack gap="md">
        <Text>{t('ermPreboarding.starter.welcome', { name: data.firstName, organisation: data.organisationName, date: formatCalendarDate(data.startDate) })}</Text>
        <ChecklistProgress done={data.done} total={data.total} />
        {setDone.isError ? (
          <Alert color="red" variant="light" role="alert">
            {t(preboardingProblemKey(setDone.error))}
          </Alert>
        ) : null}
        <TaskList
          tasks={data.tasks}
          viewer="starter"
          locale={data.locale}
          pendingTaskId={pending}
          onToggle={(task, done) => {
            setPending(task.id);
            setDone.mutate({ taskId: task.id, done }, { onSettled: () => setPending(null) });
          }}
        />
        <Text size="sm" c="dimmed">
          {t('ermPreboarding.starter.hrNote')}
        </Text>
      </Stack>
    );
  }
  return <PublicLayout title={title}>{content}</PublicLayout>;
}
