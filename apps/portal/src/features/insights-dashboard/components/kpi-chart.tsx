import { BarChart, DonutChart, LineChart } from '@mantine/charts';
import { Box } from '@mantine/core';
import type { KpiTable } from '../api/types';
import { formatNumber } from '../../../lib/format';
import type { KpiUnit } from '../api/types';
import { chartValue, CURRENCY } from '../lib/format';
import type { ChartSpec, RowKind } from '../lib/kpi-catalogue';
import { useKpiLabels } from '../lib/labels';

/** A chart axis value (money already in euros) in compact notation. */
function compactValue(value: number, unit: KpiUnit): string {
  const compact = { notation: 'compact', maximumFractionDigits: 1 } as const;
  if (unit === 'cents') return formatNumber(value, { ...compact, style: 'currency', currency: CURRENCY });
  if (unit === 'percent') return formatNumber(value / 100, { ...compact, style: 'percent' });
  return formatNumber(value, compact);
}

const COLORS = ['blue.7', 'teal.7', 'orange.7', 'grape.7', 'red.7', 'gray.7', 'cyan.7', 'lime.8'];
const HEIGHT = 260;

interface Props {
  kpiId: string;
  table: KpiTable;
  chart: ChartSpec;
  rowKind: RowKind;
  title: string;
}

/**
 * The table's numbers as a chart. Screen readers get one sentence pointing to the table beside it, which holds the
 * same numbers; the chart itself is decoration for them.
 */
export function KpiChart({ kpiId, table, chart, rowKind, title }: Props) {
  const { t, value, rowLabel, columnLabel } = useKpiLabels();
  const columns = chart.series.map((key) => table.columns.find((c) => c.key === key)).filter((c) => c !== undefined);
  const unit = columns[0]?.unit ?? 'count';
  const format = (v: number) => value(unit === 'cents' ? v * 100 : v, unit);
  // Axis ticks in short form ("€ 8K", "1,2K") so they fit beside the chart on a phone; tooltips keep the full value.
  const axis = { width: 64, tickFormatter: (v: number) => compactValue(v, unit) };
  const data = table.rows.map((row) => ({
    name: rowLabel(rowKind, row),
    ...Object.fromEntries(columns.map((c) => [c.key, chartValue(row.values[c.key], c.unit)])),
  }));
  const series = columns.map((c, i) => ({ name: c.key, label: columnLabel(kpiId, table.key, c.key), color: COLORS[i % COLORS.length]! }));

  let body;
  if (chart.type === 'donut') {
    const key = columns[0]?.key ?? '';
    const slices = table.rows
      .map((row, i) => ({ name: rowLabel(rowKind, row), value: row.values[key] ?? 0, color: COLORS[i % COLORS.length]! }))
      .filter((slice) => slice.value > 0);
    body = <DonutChart data={slices} h={HEIGHT} withLabelsLine withLabels labelsType="percent" valueFormatter={format} tooltipDataSource="segment" />;
  } else if (chart.type === 'line') {
    body = <LineChart h={HEIGHT} data={data} dataKey="name" series={series} withLegend curveType="linear" valueFormatter={format} yAxisProps={axis} />;
  } else {
    body = (
      <BarChart
        h={HEIGHT}
        data={data}
        dataKey="name"
        series={series}
        type={chart.type === 'stacked' ? 'stacked' : 'default'}
        withLegend={series.length > 1}
        valueFormatter={format}
        yAxisProps={axis}
      />
    );
  }
  return (
    <Box role="img" aria-label={t('insightsDashboard.chartAlt', { title })}>
      {body}
    </Box>
  );
}
