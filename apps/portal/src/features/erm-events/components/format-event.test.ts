import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, timeZoneOptions } from './format-event';

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
