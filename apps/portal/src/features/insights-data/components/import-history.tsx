import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../lib/form-alert';
import { formatDateTime } from '../../../lib/format';
import { useHireImports } from '../api/list-hire-imports';

/** Earlier imports, newest first; choosing one shows its dry run or what applying did. */
export function ImportHistory({ selectedId, onSelect }: { selectedId: string | null; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const imports = useHireImports();
  if (imports.isPending) return null;
  if (imports.isError) return <FormAlert error={imports.error} />;
  if (imports.data.length === 0) return <Text c="dimmed">{t('insightsData.import.noHistory')}</Text>;
  return (
    <Table aria-label={t('insightsData.import.historyLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('insightsData.import.when')}</Table.Th>
          <Table.Th>{t('insightsData.import.file')}</Table.Th>
          <Table.Th>{t('insightsData.import.statusLabel')}</Table.Th>
          <Table.Th>{t('insightsData.import.rows')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {imports.data.map((item) => (
          <Table.Tr key={item.id} bg={item.id === selectedId ? 'blue.0' : undefined}>
            <Table.Td>{formatDateTime(item.createdAt)}</Table.Td>
            <Table.Td>{item.fileName}</Table.Td>
            <Table.Td>
              <Badge variant="light">{t(`insightsData.import.status.${item.status}`)}</Badge>
            </Table.Td>
            <Table.Td>{t('insightsData.import.rowsSummary', { valid: item.validRows, total: item.totalRows })}</Table.Td>
            <Table.Td>
              <Button size="xs" variant="subtle" onClick={() => onSelect(item.id)} aria-label={t('insightsData.import.openFor', { file: item.fileName, when: formatDateTime(item.createdAt) })}>
                {t('insightsData.import.open')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
