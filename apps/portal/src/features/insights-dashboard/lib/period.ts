import type { KpiQuery } from '../api/types';

/** The period choices of the filter bar; `custom` takes `from` and `to` from the URL. */
export const PERIOD_PRESETS = ['3m', '6m', '12m', 'year', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export const DEFAULT_PRESET: PeriodPreset = '12m';

/** What the dashboard shows, as kept in the URL's search params (`period`, `from`, `to`, `programme`, `department`). */
export interface DashboardFilters {
  preset: PeriodPreset;
  /** Only for `custom`. */
  from?: string;
  to?: string;
  programmeId?: string;
  department?: string;
}

/** The longest period the API answers (five years of days); a longer custom period falls back to the default. */
export const MAX_PERIOD_DAYS = 1827;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const toUtc = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** A real calendar date in ISO form (YYYY-MM-DD), or null. */
export function parseIsoDate(value: string | null | undefined): string | null {
  if (!value || !ISO_DATE.test(value)) return null;
  const ms = toUtc(value);
  return Number.isNaN(ms) || fromUtc(ms) !== value ? null : value;
}

export const addDays = (iso: string, days: number): string => fromUtc(toUtc(iso) + days * 86_400_000);

/** `iso` moved by whole months; the day is clamped to the end of a shorter month (as the API does). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last)));
}

/** Today's calendar date in Amsterdam, where the KPIs count their days. */
export function amsterdamToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The days between two ISO dates, inclusive. */
export const daysIn = (from: string, to: string): number => Math.round((toUtc(to) - toUtc(from)) / 86_400_000) + 1;

/** Why a custom period cannot be asked, or null when it can. */
export function customPeriodProblem(from: string | undefined, to: string | undefined): 'reversed' | 'tooLong' | null {
  if (!from || !to) return null;
  if (from > to) return 'reversed';
  return daysIn(from, to) > MAX_PERIOD_DAYS ? 'tooLong' : null;
}

/** The last N months up to and including today: 12 months is exactly the API's default period. */
const lastMonths = (today: string, months: number) => ({ from: addDays(addMonths(today, -months), 1), to: today });

/** The days a preset stands for; a custom period with a missing or reversed date (or over five years) falls back to the default. */
export function resolvePeriod(filters: Pick<DashboardFilters, 'preset' | 'from' | 'to'>, today: string): { from: string; to: string } {
  switch (filters.preset) {
    case '3m':
      return lastMonths(today, 3);
    case '6m':
      return lastMonths(today, 6);
    case 'year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'custom':
      if (filters.from && filters.to && !customPeriodProblem(filters.from, filters.to)) return { from: filters.from, to: filters.to };
      return lastMonths(today, 12);
    default:
      return lastMonths(today, 12);
  }
}

export function filtersFromSearchParams(params: URLSearchParams): DashboardFilters {
  const period = params.get('period');
  const preset = (PERIOD_PRESETS as readonly string[]).includes(period ?? '') ? (period as PeriodPreset) : DEFAULT_PRESET;
  const from = parseIsoDate(params.get('from'));
  const to = parseIsoDate(params.get('to'));
  const programmeId = params.get('programme')?.trim();
  const department = params.get('department')?.trim();
  return {
    preset,
    ...(preset === 'custom' && from ? { from } : {}),
    ...(preset === 'custom' && to ? { to } : {}),
    ...(programmeId ? { programmeId } : {}),
    ...(department ? { department } : {}),
  };
}

/** The URL form of the filters: defaults are left out so a plain /insights stays plain. */
export function filtersToSearchParams(filters: DashboardFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.preset !== DEFAULT_PRESET) params.set('period', filters.preset);
  if (filters.preset === 'custom') {
    if (filters.from) params.set('from', filters.from);
    if (filters.to) params.set('to', filters.to);
  }
  if (filters.programmeId) params.set('programme', filters.programmeId);
  if (filters.department) params.set('department', filters.department);
  return params;
}

/** The query every KPI request carries: always an explicit period, so the answer does not depend on the server's default. */
export function kpiQuery(filters: DashboardFilters, today: string): KpiQuery {
  return {
    ...resolvePeriod(filters, today),
    ...(filters.programmeId ? { programmeId: filters.programmeId } : {}),
    ...(filters.department ? { department: filters.department } : {}),
  };
}
