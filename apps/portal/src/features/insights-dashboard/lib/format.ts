import { formatNumber } from '../../../lib/format';
import type { KpiUnit } from '../api/types';

/** The API reports money in cents of the organisation's currency; Kring organisations use euros. */
export const CURRENCY = 'EUR';

/** A KPI value as people read it in the current language; null ("cannot be computed") as a dash. */
export function formatKpiValue(value: number | null | undefined, unit: KpiUnit, days: (value: string, count: number) => string): string {
  if (value === null || value === undefined) return '–';
  switch (unit) {
    case 'percent':
      return formatNumber(value / 100, { style: 'percent', maximumFractionDigits: 1 });
    case 'cents':
      return formatNumber(value / 100, { style: 'currency', currency: CURRENCY });
    case 'days':
      return days(formatNumber(value, { maximumFractionDigits: 1 }), value);
    case 'rating':
      return formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 2 });
    case 'score':
      return formatNumber(value, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    default:
      return formatNumber(value, { maximumFractionDigits: 1 });
  }
}

export type DeltaDirection = 'up' | 'down' | 'same';

export interface Delta {
  direction: DeltaDirection;
  /** The absolute change, in the figure's unit (percentage points for percentages). */
  change: number;
}

/** The change from the previous period, or null when either period cannot be computed. */
export function deltaOf(current: number | null, previous: number | null): Delta | null {
  if (current === null || previous === null) return null;
  // Figures carry at most two decimals: round the difference so 12.3 − 10.1 is 2.2, not 2.2000000000000006.
  const change = Math.round((current - previous) * 100) / 100;
  return { direction: change > 0 ? 'up' : change < 0 ? 'down' : 'same', change: Math.abs(change) };
}

/** A value in a chart's own scale: money in euros rather than cents. */
export function chartValue(value: number | null | undefined, unit: KpiUnit): number | null {
  if (value === null || value === undefined) return null;
  return unit === 'cents' ? value / 100 : value;
}
