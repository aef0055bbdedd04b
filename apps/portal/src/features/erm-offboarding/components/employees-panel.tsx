import { Badge, Button, Group, Loader, Modal, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { formatDate } from '../../../lib/format';
import { useCancelOffboarding } from '../api/cancel-offboarding';
import { useEmployees } from '../api/list-employees';
import type { Employee } from '../api/types';
import { OffboardForm } from './offboard-form';
import { offboardingProblem } from './offboarding-problem';

/** Badges size to their text: a status is never cut off ("START BINNENKO…"). */
const STATUS_BADGE = { root: { overflow: 'visible', flexShrink: 0 }, label: { overflow: 'visible' } } as const;

/** Only people who are hired or employed can be offboarded (the server refuses the others). */
const OFFBOARDABLE = new Set<string>(['entry', 'employment']);

/** Current employees with their scheduled leaving date; HR records, changes or cancels an offboarding per row. */
export function EmployeesPanel() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const employees = useEmployees(q);
  const cancel = useCancelOffboarding();
  const [editing, setEditing] = useState<Employee | null>(null);

  const onCancelOffboarding = (employee: Employee) => {
    if (!employee.offboarding) return;
    cancel.mutate(employee.offboarding.id, {
      onSuccess: () => notifications.show({ color: 'teal', message: t('ermOffboarding.offboard.cancelled', { name: employee.name }) }),
    });
  };

  return (
    <Stack gap="md">
      <TextInput
        label={t('ermOffboarding.employees.search')}
        placeholder={t('ermOffboarding.employees.searchPlaceholder')}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        maw={360}
      />
      {cancel.error ? offboardingProblem(t, cancel.error) ?? <FormAlert error={cancel.error} /> : null}
      {employees.isPending ? (
        <Loader aria-label={t('ermOffboarding.loading')} />
      ) : employees.isError ? (
        <FormAlert error={employees.error} />
      ) : employees.data.items.length === 0 ? (
        <Text c="dimmed">{t('ermOffboarding.employees.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover aria-label={t('ermOffboarding.employees.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ermOffboarding.employees.name')}</Table.Th>
                <Table.Th>{t('ermOffboarding.employees.number')}</Table.Th>
                <Table.Th>{t('ermOffboarding.employees.department')}</Table.Th>
                <Table.Th>{t('ermOffboarding.employees.status')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('ermOffboarding.employees.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {employees.data.items.map((employee) => (
                <Table.Tr key={employee.personId}>
                  <Table.Td>
                    <Text fw={500}>{employee.name}</Text>
                    {employee.email ? (
                      <Text size="xs" c="dimmed">
                        {employee.email}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{employee.employeeNumber ?? '—'}</Table.Td>
                  <Table.Td>{[employee.department, employee.location].filter(Boolean).join(' · ') || '—'}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {employee.offboarding ? (
                        <Badge color="orange" variant="light" styles={STATUS_BADGE}>
                          {t('ermOffboarding.employees.leaving')}
                        </Badge>
                      ) : employee.phase === 'entry' && !employee.startDate ? (
                        <Badge color="grape" variant="light" styles={STATUS_BADGE}>
                          {t('ermOffboarding.employees.hired')}
                        </Badge>
                      ) : (
                        <Badge color={employee.phase === 'entry' ? 'grape' : 'teal'} variant="light" styles={STATUS_BADGE}>
                          {t(`ermOffboarding.phases.${employee.phase}`)}
                        </Badge>
                      )}
                      {employee.boomerangAt ? (
                        <Badge color="blue" variant="outline" styles={STATUS_BADGE}>
                          {t('ermOffboarding.employees.boomerang')}
                        </Badge>
                      ) : null}
                    </Group>
                    {employee.offboarding ? (
                      <Text size="xs" c="dimmed">
                        {t('ermOffboarding.employees.lastDay', { date: formatDate(employee.offboarding.leavingDate) })}
                      </Text>
                    ) : employee.phase === 'entry' ? (
                      <Text size="xs" c="dimmed">
                        {employee.startDate ? t('ermOffboarding.employees.startsOn', { date: formatDate(employee.startDate) }) : t('ermOffboarding.employees.startUnknown')}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      {employee.offboarding ? (
                        <>
                          <Button size="xs" variant="default" onClick={() => setEditing(employee)} aria-label={t('ermOffboarding.offboard.editFor', { name: employee.name })}>
                            {t('ermOffboarding.offboard.edit')}
                          </Button>
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            loading={cancel.isPending && cancel.variables === employee.offboarding.id}
                            onClick={() => onCancelOffboarding(employee)}
                            aria-label={t('ermOffboarding.offboard.cancelFor', { name: employee.name })}
                          >
                            {t('ermOffboarding.offboard.cancelOffboarding')}
                          </Button>
                        </>
                      ) : OFFBOARDABLE.has(employee.phase) ? (
                        <Button size="xs" variant="light" color="red" onClick={() => setEditing(employee)} aria-label={t('ermOffboarding.offboard.openFor', { name: employee.name })}>
                          {t('ermOffboarding.offboard.open')}
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing ? t('ermOffboarding.offboard.title', { name: editing.name }) : ''}>
        {editing ? <OffboardForm employee={editing} onDone={() => setEditing(null)} onCancel={() => setEditing(null)} /> : null}
      </Modal>
    </Stack>
  );
}
