import { Alert, Anchor, Badge, Button, Center, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EventProblemAlert } from '../components/event-problem-alert';
import { problemMessageKey } from '../../../lib/problems';
import { usePageTitle } from '../../../lib/use-page-title';
import { useCancelEvent } from '../api/cancel-event';
import { useEvent } from '../api/get-event';
import { useInvitations } from '../api/list-invitations';
import type { EventDetails } from '../api/types';
import { useUpdateEvent } from '../api/update-event';
import { EventForm } from '../components/event-form';
import { formatEventMoment, formatEventPeriod } from '../components/format-event';
import { OnlineLink } from '../components/online-link';
import { InvitationsTable } from '../components/invitations-table';
import { InvitePanel } from '../components/invite-panel';

function Counts({ event }: { event: EventDetails }) {
  const { t } = useTranslation();
  const items = [
    ['yes', event.capacity !== null ? `${event.counts.yes} / ${event.capacity}` : String(event.counts.yes)],
    ['maybe', String(event.counts.maybe)],
    ['no', String(event.counts.no)],
    ['waitlisted', String(event.counts.waitlisted)],
    ['invited', String(event.counts.invited)],
  ] as const;
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }}>
      {items.map(([status, value]) => (
        <Paper key={status} withBorder p="sm">
          <Text size="xs" c="dimmed">
            {t(`ermEvents.status.${status}`)}
          </Text>
          <Text fw={700} size="lg">
            {value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** One event for HR: details, counts, edit, cancel, invite a segment, answers and attendance. */
export function EventDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const event = useEvent(id);
  const invitations = useInvitations(id);
  const update = useUpdateEvent();
  const cancel = useCancelEvent();
  const [editing, setEditing] = useState(false);
  const [now] = useState(() => Date.now());
  usePageTitle(event.data?.title ?? t('ermEvents.list.title'));

  if (event.isPending) {
    return (
      <Center py="xl" role="status" aria-live="polite">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (event.isError) {
    return (
      <Alert color="red" variant="light" role="alert" title={t('ermEvents.loadFailed')}>
        {t(problemMessageKey(event.error))}
      </Alert>
    );
  }
  const e = event.data;
  const started = new Date(e.startsAt).getTime() <= now;
  const scheduled = e.status === 'scheduled';

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/events" size="sm">
        ← {t('ermEvents.list.title')}
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={1}>{e.title}</Title>
            {!scheduled ? (
              <Badge color="red" variant="light">
                {t('ermEvents.cancelled')}
              </Badge>
            ) : null}
          </Group>
          <Text>{formatEventPeriod(e)}</Text>
          {e.location ? <Text c="dimmed">{e.location}</Text> : null}
          {e.onlineUrl ? <OnlineLink url={e.onlineUrl} dimmed /> : null}
          {e.rsvpDeadlineAt ? <Text size="sm">{t('ermEvents.detail.deadline', { moment: formatEventMoment(e.rsvpDeadlineAt, e.timeZone) })}</Text> : null}
        </Stack>
        {scheduled && !started ? (
          <Group>
            <Button variant="default" onClick={() => setEditing((v) => !v)}>
              {editing ? t('ermEvents.detail.closeEdit') : t('ermEvents.detail.edit')}
            </Button>
            <Button
              color="red"
              variant="light"
              loading={cancel.isPending}
              onClick={() => {
                if (window.confirm(t('ermEvents.detail.cancelConfirm'))) cancel.mutate(e.id);
              }}
            >
              {t('ermEvents.detail.cancel')}
            </Button>
          </Group>
        ) : null}
      </Group>
      <EventProblemAlert error={cancel.error} />
      {e.description ? <Text style={{ whiteSpace: 'pre-line' }}>{e.description}</Text> : null}
      <Counts event={e} />

      {editing ? (
        <Paper withBorder p="md">
          <Text size="sm" c="dimmed" mb="sm">
            {t('ermEvents.detail.editHint')}
          </Text>
          <EventForm
            event={e}
            submitLabel={t('ermEvents.detail.save')}
            pending={update.isPending}
            error={update.error}
            onSubmit={async (body) => {
              await update.mutateAsync({ id: e.id, body });
              setEditing(false);
            }}
          />
        </Paper>
      ) : null}

      {scheduled && !started ? (
        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('ermEvents.invite.title')}
          </Title>
          <InvitePanel eventId={e.id} />
        </Stack>
      ) : null}

      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('ermEvents.invitations.title')}
        </Title>
        {invitations.isPending ? (
          <Loader aria-label={t('app.loading')} />
        ) : invitations.isError ? (
          <EventProblemAlert error={invitations.error} />
        ) : (
          <InvitationsTable eventId={e.id} invitations={invitations.data} attendanceOpen={scheduled && started} />
        )}
      </Stack>
    </Stack>
  );
}
