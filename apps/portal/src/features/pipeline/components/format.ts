const TIME_ZONE = 'Europe/Amsterdam';
const DAY_MS = 24 * 60 * 60 * 1000;

function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

/** A moment, on Dutch time. */
export function formatMoment(iso: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }).format(
    new Date(iso),
  );
}

/** A calendar date ("2025-09-01"), which has no time zone: formatted as such. */
export function formatCalendarDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** Whole days between a moment and now. */
export function daysSince(iso: string, now: number): number {
  return Math.max(0, Math.floor((now - new Date(iso).getTime()) / DAY_MS));
}
