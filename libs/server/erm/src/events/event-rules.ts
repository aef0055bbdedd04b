/** Pure rules of the events area: statuses, time zones, when answers may change. No I/O. */

export const EVENT_STATUSES = ['scheduled', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** `invited`: no answer yet; `waitlisted`: said yes while the event was full (promoted in order). */
export const INVITATION_STATUSES = ['invited', 'yes', 'no', 'maybe', 'waitlisted'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const RSVP_ANSWERS = ['yes', 'no', 'maybe'] as const;
export type RsvpAnswer = (typeof RSVP_ANSWERS)[number];

export const ATTENDANCES = ['attended', 'no_show'] as const;
export type Attendance = (typeof ATTENDANCES)[number];

/** Employees (entry, employment) are invited on legitimate interest; everyone else needs `events` consent. */
export type InvitationLegalBasis = 'consent' | 'legitimate_interest';
export const EMPLOYEE_PHASES = ['entry', 'employment'] as const;

export const RSVP_TOKEN_PURPOSE = 'event_rsvp';
/** Read-only link to the calendar file (its URL ends up in calendars and browser history, so it cannot answer). */
export const ICS_TOKEN_PURPOSE = 'event_ics';

/** Whether Intl knows this IANA zone (aliases such as `UTC` included). */
export function isTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The canonical spelling of a zone Intl knows (`europe/amsterdam` → `Europe/Amsterdam`), so what is stored matches
 * the names clients offer (the edit form's list); null for an unknown zone.
 */
export function canonicalTimeZone(zone: string): string | null {
  if (!isTimeZone(zone)) return null;
  return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Wall-clock parts of an instant in a zone. */
function wallClock(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

/**
 * The instant at which the wall clock in `zone` shows `local` (`YYYY-MM-DDTHH:mm`). Null for a malformed
 * value or a time that does not exist there (the hour skipped when summer time starts). In the repeated
 * autumn hour the first (summer-time) instant is taken.
 */
export function zonedToUtc(local: string, zone: string): Date | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
  if (Number.isNaN(wall) || new Date(wall).toISOString().slice(0, 16) !== local) return null;
  // Try the offsets in force around that moment; keep the earliest instant that shows the same wall time.
  const candidates = [wall - 36 * 3_600_000, wall, wall + 36 * 3_600_000]
    .map((probe) => wall - (wallClock(probe, zone) - probe))
    .filter((instant) => wallClock(instant, zone) === wall)
    .sort((a, b) => a - b);
  return candidates.length ? new Date(candidates[0]!) : null;
}

/** `YYYY-MM-DDTHH:mm` as the wall clock in `zone` shows this instant. */
export function utcToZoned(instant: Date, zone: string): string {
  return new Date(wallClock(instant.getTime(), zone)).toISOString().slice(0, 16);
}

/** Until when answers may change: the deadline when set, else the start. */
export function rsvpClosesAt(event: { startsAt: Date; rsvpDeadline: Date | null }): Date {
  return event.rsvpDeadline ?? event.startsAt;
}

/** What a "yes" becomes: a seat when one is free, else a place on the waitlist. */
export function statusForYes(capacity: number | null, confirmed: number): 'yes' | 'waitlisted' {
  return capacity === null || confirmed < capacity ? 'yes' : 'waitlisted';
}

/** How many waitlisted people get a seat when `confirmed` of `capacity` seats are taken. */
export function seatsToPromote(capacity: number | null, confirmed: number, waitlisted: number): number {
  if (waitlisted <= 0) return 0;
  if (capacity === null) return waitlisted;
  return Math.max(0, Math.min(waitlisted, capacity - confirmed));
}

type TimeAndPlace = { startsAt: Date; endsAt: Date; location: string | null; onlineUrl: string | null };

/** Whether invitees must hear about a change: a new start or end, address or link (a new title or text is not news). */
export function timeOrPlaceChanged(before: TimeAndPlace, after: TimeAndPlace): boolean {
  return (
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime() ||
    before.location !== after.location ||
    before.onlineUrl !== after.onlineUrl
  );
}
