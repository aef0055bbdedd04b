import type { KpiRow, KpiTable, KpiUnit } from '../api/types';
import { type CsvCell, toCsv } from './csv';

export interface TableCsvLabels {
  rowHeader: string;
  row: (row: KpiRow) => string;
  column: (key: string) => string;
  /** The unit in a header: "%", "EUR", "dagen"; empty for counts. */
  unit: (unit: KpiUnit) => string;
  /** "<column> – vorige periode". */
  previous: (column: string) => string;
}

/** The CSV of a KPI table: the current period's columns, then (for tables that compare) the previous period's. */
export function tableCsv(table: KpiTable, labels: TableCsvLabels, decimalComma: boolean): string {
  const compares = table.rows.some((row) => row.previous !== null);
  const header = (column: { key: string; unit: KpiUnit }) => {
    const unit = labels.unit(column.unit);
    return unit ? `${labels.column(column.key)} (${unit})` : labels.column(column.key);
  };
  const cell = (values: Record<string, number | null> | null, column: { key: string; unit: KpiUnit }): CsvCell => {
    const value = values?.[column.key];
    if (value === null || value === undefined) return null;
    return column.unit === 'cents' ? value / 100 : value;
  };
  const rows: CsvCell[][] = [
    [labels.rowHeader, ...table.columns.map(header), ...(compares ? table.columns.map((c) => labels.previous(header(c))) : [])],
    ...table.rows.map((row) => [
      labels.row(row),
      ...table.columns.map((c) => cell(row.values, c)),
      ...(compares ? table.columns.map((c) => cell(row.previous, c)) : []),
    ]),
  ];
  return toCsv(rows, decimalComma);
}
