import { Badge, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EventProblemAlert } from './event-problem-alert';
import { useRecordAttendance } from '../api/record-attendance';
import type { Attendance, EventInvitation, InvitationStatus } from '../api/types';

const STATUS_COLOR: Record<InvitationStatus, string> = { invited: 'gray', yes: 'teal', no: 'red', maybe: 'yellow', waitlisted: 'blue' };

/** Everyone invited with their answer; once the event has started HR records attended / no-show in one go. */
export function InvitationsTable({ eventId, invitations, attendanceOpen }: { eventId: string; invitations: EventInvitation[]; attendanceOpen: boolean }) {
  const { t } = useTranslation();
  const record = useRecordAttendance();
  const [changes, setChanges] = useState<Record<string, Attendance>>({});
  const [saved, setSaved] = useState<number | null>(null);
  if (!invitations.length) return <Text c="dimmed">{t('ermEvents.invitations.empty')}</Text>;
  const entries = Object.entries(changes).map(([invitationId, attendance]) => ({ invitationId, attendance }));

  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={640}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ermEvents.invitations.name')}</Table.Th>
              <Table.Th>{t('ermEvents.invitations.answer')}</Table.Th>
              <Table.Th>{t('ermEvents.invitations.attendance')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invitations.map((invitation) => (
              <Table.Tr key={invitation.id}>
                <Table.Td>
                  <Text size="sm">{invitation.name}</Text>
                  <Text size="xs" c="dimmed">
                    {invitation.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[invitation.status]} variant="light">
                    {t(`ermEvents.status.${invitation.status}`)}
                    {invitation.waitlistPosition ? ` #${invitation.waitlistPosition}` : ''}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label={t('ermEvents.invitations.attendanceOf', { name: invitation.name })}
                    disabled={!attendanceOpen}
                    value={changes[invitation.id] ?? invitation.attendance ?? ''}
                    onChange={(e) => setChanges((current) => ({ ...current, [invitation.id]: e.currentTarget.value as Attendance }))}
                    data={[
                      { value: '', label: t('ermEvents.attendance.unknown'), disabled: true },
                      { value: 'attended', label: t('ermEvents.attendance.attended') },
                      { value: 'no_show', label: t('ermEvents.attendance.no_show') },
                    ]}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {attendanceOpen ? (
        <Group>
          <Button
            disabled={!entries.length}
            loading={record.isPending}
            onClick={() =>
              record.mutate(
                { id: eventId, entries },
                {
                  onSuccess: (result) => {
                    setChanges({});
                    setSaved(result.recorded);
                  },
                },
              )
            }
          >
            {t('ermEvents.attendance.save')}
          </Button>
          {saved !== null ? (
            <Text size="sm" role="status">
              {t('ermEvents.attendance.saved', { count: saved })}
            </Text>
          ) : null}
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('ermEvents.attendance.fromStart')}
        </Text>
      )}
      <EventProblemAlert error={record.error} />
    </Stack>
  );
}
