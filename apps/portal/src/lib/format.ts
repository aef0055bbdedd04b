import { currentLanguage } from './i18n';

/**
 * Dates, times and numbers as the organisation reads them: in the current UI language, and moments on Dutch time
 * (Europe/Amsterdam) whatever the device's time zone. Components call these during render after `useTranslation()`,
 * so a language switch re-renders them with the new language.
 */
export const TIME_ZONE = 'Europe/Amsterdam';

/** The Intl locale of a UI language (the current one by default). */
export function intlLocale(language: string = currentLanguage()): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

export interface DateFormatOptions {
  /** 'medium' ("2 mrt 2026", the default) or 'long' ("2 maart 2026"). */
  length?: 'medium' | 'long';
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = intlLocale();
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateTimeFormats.set(key, format);
  }
  return format;
}

/** The day of a moment (ISO 8601), on Dutch time: "2 mrt 2026", or with `length: 'long'` "2 maart 2026". */
export function formatDate(iso: string, { length = 'medium' }: DateFormatOptions = {}): string {
  return dateTimeFormat({ dateStyle: length, timeZone: TIME_ZONE }).format(new Date(iso));
}

/** A moment (ISO 8601) with its time, on Dutch time: "10 mrt 2026, 14:30", or "16 maart 2026 om 23:59". */
export function formatDateTime(iso: string, { length = 'medium' }: DateFormatOptions = {}): string {
  return dateTimeFormat({ dateStyle: length, timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(iso));
}

/** A calendar date ("2025-09-01"), which has no time zone, in words: "1 september 2025". */
export function formatCalendarDate(date: string): string {
  return dateTimeFormat({ dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(), options).format(value);
}

/** Hours and the like as a range: "32–36", "≥ 24", "≤ 40", a single "36", or null when neither end is known. */
export function formatNumberRange(min: number | null, max: number | null): string | null {
  if (min !== null && max !== null) return min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`;
  if (min !== null) return `≥ ${formatNumber(min)}`;
  if (max !== null) return `≤ ${formatNumber(max)}`;
  return null;
}
