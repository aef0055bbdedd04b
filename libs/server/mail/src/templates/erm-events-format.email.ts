import type { Locale } from '@kring/shared-domain';

const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** What every events mail says about the event. Times are shown in the zone the event is planned in, named. */
export interface EventMailFacts {
  organisationName: string;
  firstName: string;
  title: string;
  /** Plain text. */
  description: string;
  startsAt: Date;
  endsAt: Date;
  /** IANA zone the event is planned in, e.g. Europe/Amsterdam. */
  timeZone: string;
  location: string | null;
  onlineUrl: string | null;
}

/**
 * "zaterdag 12 december 2026, 19:00–21:00 (tijdzone Europe/Amsterdam, CET)": in the reader's language,
 * on the event's wall clock, naming the zone so nobody in another zone is misled.
 */
export function formatEventPeriod(facts: Pick<EventMailFacts, 'startsAt' | 'endsAt' | 'timeZone'>, locale: Locale): string {
  const tz = { timeZone: facts.timeZone };
  const day = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...tz, dateStyle: 'full' });
  const time = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...tz, timeStyle: 'short' });
  const short = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...tz, timeZoneName: 'short' })
    .formatToParts(facts.startsAt)
    .find((p) => p.type === 'timeZoneName')?.value;
  const zone = `${locale === 'nl' ? 'tijdzone' : 'time zone'} ${facts.timeZone}${short && short !== facts.timeZone ? `, ${short}` : ''}`;
  const sameDay = day.format(facts.startsAt) === day.format(facts.endsAt);
  const period = sameDay
    ? `${day.format(facts.startsAt)}, ${time.format(facts.startsAt)}–${time.format(facts.endsAt)}`
    : `${day.format(facts.startsAt)} ${time.format(facts.startsAt)} – ${day.format(facts.endsAt)} ${time.format(facts.endsAt)}`;
  return `${period} (${zone})`;
}

/** "15 januari 2026 om 10:00" on the event's wall clock. */
export function formatEventMoment(date: Date, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeStyle: 'short', timeZone }).format(date);
}

/** The "when / where" lines of every events mail. */
export function eventFactLines(facts: EventMailFacts, locale: Locale): string[] {
  const nl = locale === 'nl';
  const lines = [`${nl ? 'Wanneer' : 'When'}: ${formatEventPeriod(facts, locale)}`];
  if (facts.location) lines.push(`${nl ? 'Waar' : 'Where'}: ${facts.location}`);
  if (facts.onlineUrl) lines.push(`${nl ? 'Online' : 'Online'}: ${facts.onlineUrl}`);
  return lines;
}

export const EVENT_PREVIEW_FACTS: EventMailFacts = {
  organisationName: 'Bakkerij de Vries',
  firstName: 'Sanne',
  title: 'Open dag',
  description: 'Kom kijken hoe wij werken, met rondleiding en koffie.',
  startsAt: new Date('2026-03-14T09:00:00Z'),
  endsAt: new Date('2026-03-14T12:00:00Z'),
  timeZone: 'Europe/Amsterdam',
  location: 'Dorpsstraat 1, Utrecht',
  onlineUrl: null,
};
