import { Badge, Group, List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { EmployeeImportRow } from '../api/types';

const ACTION_COLORS: Record<EmployeeImportRow['action'], string> = { create: 'teal', update: 'blue', unchanged: 'gray', error: 'red' };

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
                </Group>
              </Table.Td>
              <Table.Td>
                {row.errors.length ? (
                  <List size="sm" c="red.8" aria-label={t('ermOffboarding.import.errorsOf', { line: row.line })}>
                    {row.errors.map((error) => (
                      <List.Item key={`${error.field}-${error.message}`}>
                        {t(`ermOffboarding.import.fields.${error.field}`, { defaultValue: error.field })}: {error.message}
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
                {row.notes.map((note) => (
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
