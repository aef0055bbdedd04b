import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../lib/format';
import type { KpiRow, KpiUnit } from '../api/types';
import type { RowKind } from './kpi-catalogue';
import { formatKpiValue } from './format';

const P = 'insightsDashboard';

/** Names of rows, columns and figures, and values in the current language; every component of the dashboard uses these. */
export function useKpiLabels() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;

  const value = (v: number | null | undefined, unit: KpiUnit) =>
    formatKpiValue(v, unit, (text, count) => t(`${P}.units.days`, { count, value: text }));

  const rowLabel = (kind: RowKind, row: KpiRow): string => {
    switch (kind) {
      case 'month': {
        const date = new Date(`${row.key}-01T00:00:00Z`);
        if (Number.isNaN(date.getTime())) return row.key;
        return new Intl.DateTimeFormat(intlLocale(language), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
      }
      case 'cohort': {
        const match = /^(\d{4})-Q([1-4])$/.exec(row.key);
        return match ? t(`${P}.cohort`, { year: match[1], quarter: match[2] }) : row.key;
      }
      case 'named':
        return row.label ?? row.key;
      default:
        return t(`${P}.rows.${kind}.${row.key}`, { defaultValue: row.label ?? row.key });
    }
  };

  const columnLabel = (kpiId: string, table: string, column: string): string =>
    t([`${P}.kpis.${kpiId}.columns.${table.replace(/[12]y$/, '')}.${column}`, `${P}.kpis.${kpiId}.columns.${column}`, `${P}.columns.${column}`], {
      defaultValue: column,
    });

  const figureLabel = (kpiId: string, key: string): string =>
    t([`${P}.kpis.${kpiId}.figures.${key}`, `${P}.columns.${key}`], { defaultValue: key });

  const rowHeader = (kind: RowKind, kpiId: string): string =>
    t([`${P}.kpis.${kpiId}.rowHeader`, `${P}.rowHeaders.${kind}`], { defaultValue: kind });

  return { t, language, value, rowLabel, columnLabel, figureLabel, rowHeader };
}
