import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, formatEventPeriod, safeOnlineUrl, timeZoneOptions } from './format-event';

describe('event time zones', () => {
  it('spells a zone typed in any case the way the zone list does', () => {
    expect(canonicalTimeZone('europe/amsterdam')).toBe('Europe/Amsterdam');
    expect(canonicalTimeZone('AMERICA/NEW_YORK')).toBe('America/New_York');
    expect(canonicalTimeZone('Europe/Atlantis')).toBe('Europe/Atlantis'); // unknown here: left as it is
    expect(timeZoneOptions()).toContain(canonicalTimeZone('europe/amsterdam'));
  });

  it('offers the event’s zone even when the browser’s list lacks it, so the select never shows empty', () => {
    expect(timeZoneOptions()[0]).toBe('Europe/Amsterdam');
    expect(timeZoneOptions('UTC')).toContain('UTC');
    expect(timeZoneOptions('Europe/Amsterdam').filter((z) => z === 'Europe/Amsterdam')).toHaveLength(1);
  });
});

describe('event period and link', () => {
  const event = { startsAt: '2030-12-12T18:00:00.000Z', endsAt: '2030-12-12T20:00:00.000Z', timeZone: 'Europe/Amsterdam' };

  it('names the zone only when it differs from the reader’s', () => {
    expect(formatEventPeriod(event, 'Europe/Amsterdam')).not.toContain('Europe/Amsterdam');
    expect(formatEventPeriod(event, 'Europe/Amsterdam')).toMatch(/19:00.+21:00$/);
    expect(formatEventPeriod(event, 'America/New_York')).toMatch(/19:00.+21:00 \(Europe\/Amsterdam\)$/);
  });

  it('links only https addresses', () => {
    expect(safeOnlineUrl('https://meet.example.org/borrel')).toBe('https://meet.example.org/borrel');
    expect(safeOnlineUrl('http://meet.example.org/borrel')).toBeNull();
    expect(safeOnlineUrl('javascript:alert(1)')).toBeNull();
    expect(safeOnlineUrl('meet.example.org')).toBeNull();
    expect(safeOnlineUrl(null)).toBeNull();
  });
});
