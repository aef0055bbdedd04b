import { intlLocale } from '../../../lib/format';

/**
 * When an event takes place, on the wall clock of the zone it is planned in, naming that zone:
 * "do 12 dec 2030, 19:00–21:00 (Europe/Amsterdam)". A reader elsewhere is never misled by their device's zone.
 */
export function formatEventPeriod(event: { startsAt: string; endsAt: string; timeZone: string }): string {
  const locale = intlLocale();
  const day = new Intl.DateTimeFormat(locale, { timeZone: event.timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { timeZone: event.timeZone, hour: '2-digit', minute: '2-digit' });
  const start = new Date(event.startsAt);
  const end = new Date(event.endsAt);
  const period =
    day.format(start) === day.format(end)
      ? `${day.format(start)}, ${time.format(start)}–${time.format(end)}`
      : `${day.format(start)} ${time.format(start)} – ${day.format(end)} ${time.format(end)}`;
  return `${period} (${event.timeZone})`;
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
