import { canonicalTimeZone, isTimeZone, rsvpClosesAt, seatsToPromote, statusForYes, utcToZoned, zonedToUtc } from './event-rules';

describe('event rules', () => {
  it('knows IANA zones and refuses made-up ones', () => {
    expect(isTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isTimeZone('America/New_York')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Europe/Atlantis')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('stores the canonical spelling of a zone typed in any case', () => {
    expect(canonicalTimeZone('europe/amsterdam')).toBe('Europe/Amsterdam');
    expect(canonicalTimeZone('AMERICA/NEW_YORK')).toBe('America/New_York');
    expect(canonicalTimeZone('Europe/Amsterdam')).toBe('Europe/Amsterdam');
    expect(canonicalTimeZone('utc')).toBe('UTC');
    expect(canonicalTimeZone('Europe/Atlantis')).toBeNull();
  });

  it('turns wall-clock times into instants in winter and summer time', () => {
    expect(zonedToUtc('2026-12-12T19:00', 'Europe/Amsterdam')?.toISOString()).toBe('2026-12-12T18:00:00.000Z');
    expect(zonedToUtc('2026-07-01T19:00', 'Europe/Amsterdam')?.toISOString()).toBe('2026-07-01T17:00:00.000Z');
    expect(zonedToUtc('2026-07-01T19:00', 'America/New_York')?.toISOString()).toBe('2026-07-01T23:00:00.000Z');
    expect(zonedToUtc('2026-07-01T19:00', 'Asia/Kolkata')?.toISOString()).toBe('2026-07-01T13:30:00.000Z');
  });

  it('refuses the hour skipped when summer time starts, and takes the first of the repeated autumn hour', () => {
    expect(zonedToUtc('2026-03-29T02:30', 'Europe/Amsterdam')).toBeNull();
    expect(zonedToUtc('2026-10-25T02:30', 'Europe/Amsterdam')?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('refuses malformed and impossible dates', () => {
    expect(zonedToUtc('2026-02-30T10:00', 'Europe/Amsterdam')).toBeNull();
    expect(zonedToUtc('2026-12-12 19:00', 'Europe/Amsterdam')).toBeNull();
  });

  it('shows an instant back on the wall clock of the zone', () => {
    expect(utcToZoned(new Date('2026-12-12T18:00:00Z'), 'Europe/Amsterdam')).toBe('2026-12-12T19:00');
    expect(utcToZoned(new Date('2026-07-01T23:00:00Z'), 'America/New_York')).toBe('2026-07-01T19:00');
  });

  it('closes answers at the deadline, else at the start', () => {
    const startsAt = new Date('2026-12-12T18:00:00Z');
    expect(rsvpClosesAt({ startsAt, rsvpDeadline: null })).toEqual(startsAt);
    expect(rsvpClosesAt({ startsAt, rsvpDeadline: new Date('2026-12-10T16:00:00Z') })).toEqual(new Date('2026-12-10T16:00:00Z'));
  });

  it('gives a seat while one is free, then the waitlist; promotes only into free seats', () => {
    expect(statusForYes(null, 1000)).toBe('yes');
    expect(statusForYes(2, 1)).toBe('yes');
    expect(statusForYes(2, 2)).toBe('waitlisted');
    expect(seatsToPromote(2, 1, 5)).toBe(1);
    expect(seatsToPromote(2, 2, 5)).toBe(0);
    expect(seatsToPromote(10, 2, 3)).toBe(3);
    expect(seatsToPromote(null, 2, 3)).toBe(3);
    expect(seatsToPromote(1, 3, 3)).toBe(0);
  });
});
