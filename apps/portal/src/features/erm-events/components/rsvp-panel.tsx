import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EventProblemAlert } from './event-problem-alert';
import { useAnswerRsvp } from '../api/answer-rsvp';
import { icsUrl } from '../api/lookup-rsvp';
import type { Rsvp, RsvpAnswer } from '../api/types';
import { OnlineLink } from './online-link';
import { formatEventMoment, formatEventPeriod } from './format-event';

const ANSWERS: RsvpAnswer[] = ['yes', 'maybe', 'no'];

/** The invitee's view: the event, their current answer (or waitlist place), three buttons and the calendar file. */
export function RsvpPanel({ token, rsvp, suggested }: { token: string; rsvp: Rsvp; suggested: RsvpAnswer | null }) {
  const { t } = useTranslation();
  const answer = useAnswerRsvp();
  const { event } = rsvp;
  const current = rsvp.status === 'waitlisted' ? 'yes' : rsvp.status;

  return (
    <Stack gap="md">
      <Text>{t('ermEvents.rsvp.greeting', { name: rsvp.firstName, organisation: rsvp.organisationName })}</Text>
      <Stack gap={4}>
        <Text fw={700} size="lg">
          {event.title}
        </Text>
        <Text>{formatEventPeriod(event)}</Text>
        {event.location ? <Text>{event.location}</Text> : null}
        {event.onlineUrl ? <OnlineLink url={event.onlineUrl} /> : null}
        {event.description ? (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
            {event.description}
          </Text>
        ) : null}
      </Stack>

      {event.status === 'cancelled' ? (
        <Alert color="red" variant="light" role="alert">
          {t('ermEvents.rsvp.cancelled')}
        </Alert>
      ) : (
        <Alert color={rsvp.status === 'waitlisted' ? 'blue' : 'gray'} variant="light" role="status" aria-live="polite">
          {rsvp.status === 'waitlisted'
            ? t('ermEvents.rsvp.waitlisted', { position: rsvp.waitlistPosition })
            : t(`ermEvents.rsvp.current.${rsvp.status}`)}
        </Alert>
      )}

      {rsvp.open ? (
        <Stack gap="xs">
          <Text size="sm" fw={600} id="rsvp-question">
            {t('ermEvents.rsvp.question')}
          </Text>
          <Group role="group" aria-labelledby="rsvp-question">
            {ANSWERS.map((value) => (
              <Button
                key={value}
                variant={current === value ? 'filled' : value === suggested && rsvp.status === 'invited' ? 'outline' : 'default'}
                aria-pressed={current === value}
                loading={answer.isPending && answer.variables?.answer === value}
                disabled={answer.isPending}
                onClick={() => answer.mutate({ token, answer: value })}
              >
                {t(`ermEvents.rsvp.answers.${value}`)}
              </Button>
            ))}
          </Group>
          <Text size="xs" c="dimmed">
            {t('ermEvents.rsvp.closesAt', { moment: formatEventMoment(rsvp.closesAt, event.timeZone) })}
          </Text>
        </Stack>
      ) : event.status !== 'cancelled' ? (
        <Text size="sm" c="dimmed">
          {t('ermEvents.rsvp.closed')}
        </Text>
      ) : null}
      <EventProblemAlert error={answer.error} />

      {event.status !== 'cancelled' ? (
        <Anchor href={icsUrl(token)} download>
          {t('ermEvents.rsvp.ics')}
        </Anchor>
      ) : null}
    </Stack>
  );
}
