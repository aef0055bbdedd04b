import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventDetails } from '../api/types';
import { formatEventPeriod } from './format-event';

export function EventsTable({ events }: { events: EventDetails[] }) {
  const { t } = useTranslation();
  if (!events.length) return <Text c="dimmed">{t('ermEvents.list.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ermEvents.fields.title')}</Table.Th>
            <Table.Th>{t('ermEvents.list.when')}</Table.Th>
            <Table.Th>{t('ermEvents.list.where')}</Table.Th>
            <Table.Th>{t('ermEvents.status.yes')}</Table.Th>
            <Table.Th>{t('ermEvents.status.maybe')}</Table.Th>
            <Table.Th>{t('ermEvents.status.no')}</Table.Th>
            <Table.Th>{t('ermEvents.status.waitlisted')}</Table.Th>
            <Table.Th>{t('ermEvents.status.invited')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td>
                <Anchor component={Link} to={`/events/${event.id}`}>
                  {event.title}
                </Anchor>{' '}
                {event.status === 'cancelled' ? (
                  <Badge color="red" variant="light">
                    {t('ermEvents.cancelled')}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>{formatEventPeriod(event)}</Table.Td>
              <Table.Td>{event.location ?? t('ermEvents.online')}</Table.Td>
              <Table.Td>
                {event.counts.yes}
                {event.capacity !== null ? ` / ${event.capacity}` : ''}
              </Table.Td>
              <Table.Td>{event.counts.maybe}</Table.Td>
              <Table.Td>{event.counts.no}</Table.Td>
              <Table.Td>{event.counts.waitlisted}</Table.Td>
              <Table.Td>{event.counts.invited}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
