import { Button, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import type { KpiPeriod, KpiTable as KpiTableData } from '../api/types';
import { csvFileName, downloadCsv } from '../lib/csv';
import type { RowKind } from '../lib/kpi-catalogue';
import { useKpiLabels } from '../lib/labels';
import { tableCsv } from '../lib/table-csv';

interface Props {
  kpiName: string;
  kpiId: string;
  table: KpiTableData;
  rowKind: RowKind;
  period: KpiPeriod;
  titleId: string;
  title: string;
}

/** The numbers behind a chart, with the previous period under each value when the table compares, and a CSV download. */
export function KpiTable({ kpiName, kpiId, table, rowKind, period, titleId, title }: Props) {
  const { t, language, value, rowLabel, columnLabel, rowHeader } = useKpiLabels();
  const download = () => {
    const text = tableCsv(
      table,
      {
        rowHeader: rowHeader(rowKind, kpiId),
        row: (row) => rowLabel(rowKind, row),
        column: (key) => columnLabel(kpiId, table.key, key),
        unit: (unit) => t(`insightsDashboard.csvUnits.${unit}`, { defaultValue: '' }),
        previous: (column) => t('insightsDashboard.csvPrevious', { column }),
      },
      language !== 'en',
    );
    downloadCsv(csvFileName(kpiName, table.key, period.from, period.to), text);
  };

  return (
    <Stack gap="xs">
      {/* A wide table scrolls sideways on a phone; the scrolling region takes keyboard focus so it can be scrolled without a mouse. */}
      <ScrollArea type="auto" offsetScrollbars viewportProps={{ tabIndex: 0, 'aria-labelledby': titleId, role: 'group' }}>
        <Table striped withTableBorder aria-labelledby={titleId} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{rowHeader(rowKind, kpiId)}</Table.Th>
              {table.columns.map((column) => (
                <Table.Th key={column.key} scope="col" ta="right">
                  {columnLabel(kpiId, table.key, column.key)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Th scope="row" fw={500}>
                  {rowLabel(rowKind, row)}
                </Table.Th>
                {table.columns.map((column) => (
                  <Table.Td key={column.key} ta="right">
                    {value(row.values[column.key], column.unit)}
                    {row.previous ? (
                      <Text size="xs" c="dimmed">
                        {t('insightsDashboard.previousShort', { value: value(row.previous[column.key], column.unit) })}
                      </Text>
                    ) : null}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Group justify="flex-end">
        <Button size="xs" variant="default" onClick={download} aria-label={t('insightsDashboard.downloadCsvOf', { title })}>
          {t('insightsDashboard.downloadCsv')}
        </Button>
      </Group>
    </Stack>
  );
}
