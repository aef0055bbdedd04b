import { formatCalendarDate, formatNumber } from '../../../lib/format';

/** A calendar day or a dash. */
export const day = (value: string | null | undefined): string => (value ? formatCalendarDate(value) : '—');

/** Cents as euros in the UI language: "€ 1.234,56" (nl), "€1,234.56" (en). */
export const euros = (cents: number): string => formatNumber(cents / 100, { style: 'currency', currency: 'EUR' });
