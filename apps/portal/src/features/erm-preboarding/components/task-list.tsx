import { Badge, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../../lib/format';
import type { PreboardingTask } from '../api/types';

interface Props {
  tasks: PreboardingTask[];
  /** Who is looking: the starter ticks starter tasks, HR ticks HR tasks. */
  viewer: 'starter' | 'hr';
  onToggle: (task: PreboardingTask, done: boolean) => void;
  pendingTaskId?: string | null;
  /**
   * The language of the task titles: on the starter's page the starter's own locale (from the API), whatever the
   * browser says; without it (HR's page) the interface language.
   */
  locale?: 'nl' | 'en';
}

/** A checklist: each task with its due date, who does it, and a checkbox for the viewer's own tasks. */
export function TaskList({ tasks, viewer, onToggle, pendingTaskId, locale }: Props) {
  const { t, i18n } = useTranslation();
  const en = (locale ?? (i18n.language === 'en' ? 'en' : 'nl')) === 'en';
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('ermPreboarding.tasks.label')}>
      {tasks.map((task) => {
        const title = en ? task.titleEn : task.titleNl;
        const description = en ? task.descriptionEn : task.descriptionNl;
        const mine = task.assignee === viewer;
        const due = t('ermPreboarding.tasks.due', { date: formatCalendarDate(task.dueOn) });
        return (
          <Paper component="li" key={task.id} withBorder p="sm" radius="md">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
              <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                {mine ? (
                  <Checkbox
                    label={<Text fw={600} td={task.done ? 'line-through' : undefined}>{title}</Text>}
                    checked={task.done}
                    disabled={pendingTaskId === task.id}
                    onChange={(event) => onToggle(task, event.currentTarget.checked)}
                    size="md"
                  />
                ) : (
                  <Text fw={600} td={task.done ? 'line-through' : undefined}>
                    {title}
                  </Text>
                )}
                {description ? (
                  <Text size="sm" c="dimmed">
                    {description}
                  </Text>
                ) : null}
                <Text size="sm">{due}</Text>
              </Stack>
              <Stack gap={4} align="flex-end">
                {task.done ? <Badge color="green">{t('ermPreboarding.tasks.done')}</Badge> : null}
                {task.overdue ? <Badge color="red">{t('ermPreboarding.tasks.overdue')}</Badge> : null}
                <Badge variant="light" color={task.assignee === 'hr' ? 'grape' : 'blue'}>
                  {t(`ermPreboarding.assignee.${task.assignee}`)}
                </Badge>
              </Stack>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
