import { Alert, Anchor, Badge, Button, Center, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../../lib/format';
import { problemMessageKey } from '../../../lib/problems';
import { usePageTitle } from '../../../lib/use-page-title';
import { usePreboardingStarters } from '../api/list-preboarding-starters';
import { ChecklistProgress } from '../components/checklist-progress';
import { StartPreboardingModal } from '../components/start-preboarding-modal';

/** HR's preboarding overview: every starter with start date, progress, overdue tasks and what is next. */
export function PreboardingPage() {
  const { t, i18n } = useTranslation();
  const starters = usePreboardingStarters();
  const [starting, setStarting] = useState(false);
  usePageTitle(t('ermPreboarding.title'));

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Title order={1}>{t('ermPreboarding.title')}</Title>
          <Text c="dimmed">{t('ermPreboarding.intro')}</Text>
        </Stack>
        <Group gap="sm">
          <Button component={Link} to="/preboarding/templates" variant="default">
            {t('ermPreboarding.templates.title')}
          </Button>
          <Button onClick={() => setStarting(true)}>{t('ermPreboarding.start.title')}</Button>
        </Group>
      </Group>

      {starters.isPending ? (
        <Center py="xl" role="status" aria-live="polite">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : starters.isError ? (
        <Alert color="red" variant="light" role="alert">
          {t(problemMessageKey(starters.error))}
        </Alert>
      ) : starters.data.length === 0 ? (
        <Text>{t('ermPreboarding.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ermPreboarding.columns.name')}</Table.Th>
                <Table.Th>{t('ermPreboarding.columns.startDate')}</Table.Th>
                <Table.Th>{t('ermPreboarding.columns.progress')}</Table.Th>
                <Table.Th>{t('ermPreboarding.columns.overdue')}</Table.Th>
                <Table.Th>{t('ermPreboarding.columns.next')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {starters.data.map((s) => (
                <Table.Tr key={s.personId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/preboarding/starters/${s.personId}`}>
                      {s.name}
                    </Anchor>
                    {s.phase === 'employment' ? (
                      <Badge ml="xs" variant="light" color="teal">
                        {t('ermPreboarding.started')}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{s.startDate ? formatCalendarDate(s.startDate) : '—'}</Table.Td>
                  <Table.Td>{s.checklistId ? <ChecklistProgress done={s.done} total={s.total} /> : <Text size="sm">{t('ermPreboarding.noChecklist')}</Text>}</Table.Td>
                  <Table.Td>{s.overdue > 0 ? <Badge color="red">{s.overdue}</Badge> : <Text size="sm">0</Text>}</Table.Td>
                  <Table.Td>
                    {s.nextTask ? (
                      <Text size="sm">
                        {i18n.language === 'en' ? s.nextTask.titleEn : s.nextTask.titleNl} · {formatCalendarDate(s.nextTask.dueOn)}
                      </Text>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <StartPreboardingModal opened={starting} onClose={() => setStarting(false)} />
    </Stack>
  );
}
