import { Alert, Button, Center, Group, Loader, Pagination, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemMessageKey } from '../../../lib/problems';
import { usePageTitle } from '../../../lib/use-page-title';
import type { EventsWhen } from '../api/keys';
import { EVENTS_PAGE_SIZE, useEvents } from '../api/list-events';
import { EventsTable } from '../components/events-table';

/** HR's events: upcoming or past, with answer counts. */
export function EventsPage() {
  const { t } = useTranslation();
  const [when, setWhen] = useState<EventsWhen>('upcoming');
  const [page, setPage] = useState(1);
  const events = useEvents({ when, page });
  usePageTitle(t('ermEvents.list.title'));
  const pages = events.data ? Math.max(1, Math.ceil(events.data.total / EVENTS_PAGE_SIZE)) : 1;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Title order={1}>{t('ermEvents.list.title')}</Title>
          <Text c="dimmed">{t('ermEvents.list.intro')}</Text>
        </Stack>
        <Button component={Link} to="/events/new">
          {t('ermEvents.list.new')}
        </Button>
      </Group>
      <SegmentedControl
        aria-label={t('ermEvents.list.title')}
        value={when}
        onChange={(value) => {
          setWhen(value as EventsWhen);
          setPage(1);
        }}
        data={[
          { value: 'upcoming', label: t('ermEvents.list.upcoming') },
          { value: 'past', label: t('ermEvents.list.past') },
        ]}
        w="fit-content"
      />
      {events.isPending ? (
        <Center py="xl" role="status" aria-live="polite">
          <Loader aria-label={t('app.loading')} />
        </Center>
      ) : events.isError ? (
        <Alert color="red" variant="light" role="alert" title={t('ermEvents.loadFailed')}>
          {t(problemMessageKey(events.error))}
        </Alert>
      ) : (
        <>
          <EventsTable events={events.data.items} />
          {pages > 1 ? <Pagination total={pages} value={page} onChange={setPage} /> : null}
        </>
      )}
    </Stack>
  );
}
