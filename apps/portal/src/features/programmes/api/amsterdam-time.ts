import { TIME_ZONE } from '../../../lib/format';

/** Programme dates are entered in Dutch time, whatever the device's time zone (and shown with lib/format). */

const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function wallClock(timestamp: number): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(new Date(timestamp))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return parts;
}

/** How far Amsterdam's wall clock is ahead of UTC at a moment, in ms. */
function offsetAt(timestamp: number): number {
  const p = wallClock(timestamp);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(timestamp / 1000) * 1000;
}

/** "2025-06-30T17:00" (a datetime-local value, Dutch time) → ISO 8601 in UTC; null when empty or invalid. */
export function amsterdamLocalToIso(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  let timestamp = asUtc - offsetAt(asUtc);
  // Near a DST switch the offset at the guess may differ from the offset at the result.
  timestamp = asUtc - offsetAt(timestamp);
  return new Date(timestamp).toISOString();
}

/** ISO 8601 → "2025-06-30T17:00" on Amsterdam's wall clock, for a datetime-local input. */
export function isoToAmsterdamLocal(iso: string | null): string {
  if (!iso) return '';
  const p = wallClock(new Date(iso).getTime());
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}
