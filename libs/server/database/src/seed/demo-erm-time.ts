const DAY = 86_400_000;
const ZONE = 'Europe/Amsterdam';

const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const offsetName = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' });

/** Minutes Amsterdam is ahead of UTC at an instant (60 in winter, 120 in summer). */
function amsterdamOffsetMinutes(at: Date): number {
  const name = offsetName.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/**
 * A moment during office hours in Europe/Amsterdam, `daysAgo` calendar days before `now`: demo history then reads
 * like people's working days (not 02:42 because the seed happened to run at night). The hour (9–16) and minute follow
 * from `daysAgo` unless given, so a seed gives the same times on every run for the same `now`. Never later than `now`:
 * a time later today becomes the same time yesterday.
 */
export function officeTime(now: Date, daysAgo: number, hour = 9 + (Math.abs(daysAgo) % 8), minute = (Math.abs(daysAgo) * 17) % 60): Date {
  const day = ymd.format(new Date(now.getTime() - daysAgo * DAY));
  const wall = new Date(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`);
  const at = new Date(wall.getTime() - amsterdamOffsetMinutes(wall) * 60_000);
  return at.getTime() > now.getTime() && daysAgo >= 0 ? officeTime(now, daysAgo + 1, hour, minute) : at;
}
