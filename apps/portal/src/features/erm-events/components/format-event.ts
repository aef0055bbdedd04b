import { intlLocale } from '../../../lib/format';

/** The zone of this browser ("Europe/Amsterdam" for nearly every reader of a Dutch organisation). */
export function browserTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * When an event takes place, on the wall clock of the zone it is planned in: "do 12 dec 2030, 19:00–21:00". The zone
 * is named only when it differs from the reader's own ("… (America/New_York)"), so a reader elsewhere is never misled.
 */
export function formatEventPeriod(event: { startsAt: string; endsAt: string; timeZone: string }, viewerZone = browserTimeZone()): string {
  const locale = intlLocale();
  const day = new Intl.DateTimeFormat(locale, { timeZone: event.timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { timeZone: event.timeZone, hour: '2-digit', minute: '2-digit' });
  const start = new Date(event.startsAt);
  const end = new Date(event.endsAt);
  const period =
    day.format(start) === day.format(end)
      ? `${day.format(start)}, ${time.format(start)}–${time.format(end)}`
      : `${day.format(start)} ${time.format(start)} – ${day.format(end)} ${time.format(end)}`;
  return canonicalTimeZone(event.timeZone) === canonicalTimeZone(viewerZone) ? period : `${period} (${event.timeZone})`;
}

/** The online link of an event when it is safe to open: https only (anything else is shown as text, not linked). */
export function safeOnlineUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** A moment on the event's wall clock: "10 dec 2030, 17:00". */
export function formatEventMoment(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale(), { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/**
 * The canonical spelling of a zone (`europe/amsterdam` → `Europe/Amsterdam`), as the server stores it; the value
 * unchanged when the browser does not know it.
 */
export function canonicalTimeZone(zone: string): string {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return zone;
  }
}

/** Every IANA zone the browser knows, Europe/Amsterdam first; plus `current` when the list lacks it (e.g. UTC). */
export function timeZoneOptions(current?: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const options = ['Europe/Amsterdam', ...zones.filter((zone) => zone !== 'Europe/Amsterdam')];
  return current && !options.includes(current) ? [...options, current] : options;
}
