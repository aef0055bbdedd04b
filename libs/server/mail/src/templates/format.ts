import type { Locale } from '@kring/shared-domain';

/** Kring's users are in the Netherlands; times in emails are always Amsterdam time. */
export const MAIL_TIME_ZONE = 'Europe/Amsterdam';

const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** "15 januari 2026 om 10:00" / "15 January 2026 at 10:00". */
export function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: MAIL_TIME_ZONE,
  }).format(date);
}
