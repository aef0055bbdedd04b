import { Badge, Group, List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { EmployeeImportRow } from '../api/types';

const ACTION_COLORS: Record<EmployeeImportRow['action'], string> = { create: 'teal', update: 'blue', unchanged: 'gray', error: 'red' };

type RowError = EmployeeImportRow['errors'][number];

/** The dry run per row: what applying will do (create, update with old → new, unchanged, offboard) or why a row is refused. */
export function ImportDryRunTable({ rows }: { rows: readonly EmployeeImportRow[] }) {
  const { t } = useTranslation();
  const value = (field: string, raw: string | null) => {
    if (raw === null || raw === '') return t('ermOffboarding.import.empty');
    if (field === 'startDate') return formatDate(raw);
    if (field === 'phase') return t(`ermOffboarding.phases.${raw}`);
    if (field === 'employmentType') return t(`ermOffboarding.employmentTypes.${raw}`);
    return raw;
  };
  // Row errors are translated from their stable code; the server's English message is only a fallback.
  const errorText = (error: RowError) => t(`ermOffboarding.import.errorCodes.${error.code}`, { ...error.params, defaultValue: error.message });
  const roleList = (roles: readonly string[]) => (roles.length ? roles.map((role) => t(`ermOffboarding.import.roles.${role}`)).join(', ') : t('ermOffboarding.import.noAccount'));

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped aria-label={t('ermOffboarding.import.rowsLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ermOffboarding.import.line')}</Table.Th>
            <Table.Th>{t('ermOffboarding.import.employee')}</Table.Th>
            <Table.Th>{t('ermOffboarding.import.result')}</Table.Th>
            <Table.Th>{t('ermOffboarding.import.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.index} data-action={row.action}>
              <Table.Td>{row.line ?? t('ermOffboarding.import.notInFile')}</Table.Td>
              <Table.Td>
                <Text fw={500}>{row.name || '—'}</Text>
                <Text size="xs" c="dimmed">
                  {row.employeeNumber || '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Badge color={ACTION_COLORS[row.action]} variant="light">
                    {t(`ermOffboarding.import.actions.${row.action}`)}
                  </Badge>
                  {row.offboardOn ? (
                    <Badge color="orange" variant="light">
                      {t('ermOffboarding.import.offboardOn', { date: formatDate(row.offboardOn) })}
                    </Badge>
                  ) : null}
                  {row.outcome ? (
                    <Badge color={row.outcome.status === 'applied' ? 'teal' : 'gray'} variant="outline">
                      {t(`ermOffboarding.import.outcome.${row.outcome.reason ?? row.outcome.status}`)}
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td>
                {row.errors.length ? (
                  <List size="sm" c="red.8" aria-label={t('ermOffboarding.import.errorsOf', { line: row.line })}>
                    {row.errors.map((error) => (
                      <List.Item key={`${error.field}-${error.code}`}>
                        {t(`ermOffboarding.import.fields.${error.field}`, { defaultValue: error.field })}: {errorText(error)}
                      </List.Item>
                    ))}
                  </List>
                ) : null}
                {row.changes.length ? (
                  <List size="sm" aria-label={t('ermOffboarding.import.changesOf', { name: row.name })}>
                    {row.changes.map((change) => (
                      <List.Item key={change.field}>
                        {t(`ermOffboarding.import.fields.${change.field}`)}: {row.action === 'create' ? value(change.field, change.to) : `${value(change.field, change.from)} → ${value(change.field, change.to)}`}
                      </List.Item>
                    ))}
                  </List>
                ) : null}
                {row.emailMatch ? (
                  <Text size="sm" c="orange.9">
                    {t('ermOffboarding.import.emailMatch', { phase: t(`ermOffboarding.phases.${row.emailMatch.phase}`), roles: roleList(row.emailMatch.roles) })}
                  </Text>
                ) : null}
                {row.notes
                  .filter((note) => !(note === 'matched_by_email' && row.emailMatch))
                  .map((note) => (
                    <Text key={note} size="sm" c="dimmed">
                      {t(`ermOffboarding.import.notes.${note}`)}
                    </Text>
                  ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
