import { DomainError, ErrorCodes, type FieldError } from '@kring/shared-domain';

/** An inclusive range of Europe/Amsterdam calendar days, as ISO dates (YYYY-MM-DD). */
export interface KpiPeriod {
  from: string;
  to: string;
  days: number;
}

export const KPI_TIME_ZONE = 'Europe/Amsterdam';
/** The longest period one request may ask for: five years of days (incl. a leap day or two). */
export const MAX_PERIOD_DAYS = 1827;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

const toUtc = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** A real calendar date in ISO form, or null. */
export function parseIsoDate(value: string): string | null {
  if (!ISO_DATE.test(value)) return null;
  const ms = toUtc(value);
  return Number.isNaN(ms) || fromUtc(ms) !== value ? null : value;
}

export const addDays = (iso: string, days: number): string => fromUtc(toUtc(iso) + days * DAY_MS);
export const daysBetween = (from: string, to: string): number => Math.round((toUtc(to) - toUtc(from)) / DAY_MS);

/** `iso` moved by whole months; the day is clamped to the end of a shorter month. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last)));
}

/** Today's calendar date in Amsterdam. */
export function amsterdamToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: KPI_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * The requested period: `to` defaults to today (Amsterdam), `from` to twelve months before `to` (plus a day, so the
 * default is exactly twelve months). Refuses impossible dates, from after to and more than five years.
 */
export function resolvePeriod(input: { from?: string; to?: string }, today: string): KpiPeriod {
  const errors: FieldError[] = [];
  const to = input.to === undefined ? today : parseIsoDate(input.to);
  if (to === null) errors.push({ field: 'to', message: 'must be a date (YYYY-MM-DD)' });
  const from = input.from === undefined ? (to ? addDays(addMonths(to, -12), 1) : null) : parseIsoDate(input.from);
  if (from === null && input.from !== undefined) errors.push({ field: 'from', message: 'must be a date (YYYY-MM-DD)' });
  if (!errors.length && from && to) {
    if (from > to) errors.push({ field: 'from', message: 'must be on or before to' });
    else if (daysBetween(from, to) + 1 > MAX_PERIOD_DAYS) errors.push({ field: 'from', message: `the period may be at most ${MAX_PERIOD_DAYS} days (five years)` });
  }
  if (errors.length || !from || !to) throw new DomainError('validation', ErrorCodes.validationFailed, 'The period is not valid', errors);
  return { from, to, days: daysBetween(from, to) + 1 };
}

/** The period of equal length that ends the day before `period` starts. */
export function previousPeriod(period: KpiPeriod): KpiPeriod {
  const to = addDays(period.from, -1);
  return { from: addDays(to, -(period.days - 1)), to, days: period.days };
}

/** Percentage a / b × 100 with one decimal, half away from zero; null when b is 0. */
export function percent(a: number, b: number): number | null {
  if (!b) return null;
  return roundTo((a * 100) / b, 1);
}

/** x rounded to `decimals`, half away from zero (avoids binary artefacts such as 1.005 → 1.00). */
export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.sign(x) * Math.round(Number((Math.abs(x) * f).toPrecision(12))) / f;
  return r === 0 ? 0 : r;
}

/** a / b rounded to whole units (cents); null when b is 0 or a is null. */
export function perUnit(a: number | null, b: number): number | null {
  if (a === null || !b) return null;
  return roundTo(a / b, 0);
}
