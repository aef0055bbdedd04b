/**
 * Calendar arithmetic for preboarding. Start dates and due dates are calendar days (no time zone); "today" is
 * the calendar day in Amsterdam, so a DST change or a UTC midnight never shifts a due date or a start.
 */
export const PREBOARDING_TIME_ZONE = 'Europe/Amsterdam';

/** A starter's link works until this many days after the start date (the +5 tasks and a little slack). */
export const LINK_VALID_DAYS_AFTER_START = 30;

/** An overdue starter task is nudged when it first becomes overdue, then again at most every this many days. */
export const NUDGE_INTERVAL_DAYS = 3;

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: PREBOARDING_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day (YYYY-MM-DD) a moment falls on in Amsterdam. */
export function amsterdamDay(moment: Date): string {
  return dayFormat.format(moment);
}

/** A date outside what preboarding can compute with (year 1–9999): the job logs it and skips that row. */
export class CalendarDayError extends Error {
  readonly code = 'preboarding_calendar_day_invalid';
  constructor(message: string) {
    super(message);
    this.name = 'CalendarDayError';
  }
}

const MIN_YEAR = 1;
const MAX_YEAR = 9999;

/** Days since 1970-01-01 of a proleptic Gregorian date (pure integer arithmetic, no Date, no time zone). */
function dayNumber(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of dayNumber. */
function civil(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** YYYY-MM-DD that exists in the calendar (no 31 April, no 29 February 2027), years 1–9999. */
export function isCalendarDay(day: unknown): day is string {
  if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  if (y < MIN_YEAR || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const [cy, cm, cd] = civil(dayNumber(y, m, d));
  return cy === y && cm === m && cd === d;
}

/** A calendar day plus (or minus) whole days: 2027-03-29 − 14 = 2027-03-15, whatever the clocks did in between. */
export function addDays(day: string, days: number): string {
  if (!isCalendarDay(day)) throw new CalendarDayError(`not a calendar day: ${day}`);
  if (!Number.isSafeInteger(days)) throw new CalendarDayError(`not a whole number of days: ${days}`);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [ry, rm, rd] = civil(dayNumber(y, m, d) + days);
  if (ry < MIN_YEAR || ry > MAX_YEAR) throw new CalendarDayError(`${day} + ${days} days falls outside the years ${MIN_YEAR}–${MAX_YEAR}`);
  return `${pad(ry, 4)}-${pad(rm, 2)}-${pad(rd, 2)}`;
}

/** The same day of the month some years later or earlier (29 February becomes 28 February in other years). */
export function addYears(day: string, years: number): string {
  if (!isCalendarDay(day)) throw new CalendarDayError(`not a calendar day: ${day}`);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const year = y + years;
  if (year < MIN_YEAR || year > MAX_YEAR) throw new CalendarDayError(`${day} + ${years} years falls outside the years ${MIN_YEAR}–${MAX_YEAR}`);
  const candidate = `${pad(year, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
  return isCalendarDay(candidate) ? candidate : `${pad(year, 4)}-${pad(m, 2)}-28`;
}

/** The start dates HR may enter: from a year back (a late registration) to two years ahead. */
export function startDateRange(today: string): { min: string; max: string } {
  return { min: addYears(today, -1), max: addYears(today, 2) };
}

/** The due date of a task: its offset from the start date. */
export const dueOn = (startDate: string, offsetDays: number): string => addDays(startDate, offsetDays);

/** Midnight at the start of a calendar day in Amsterdam, as a moment (22:00 or 23:00 UTC the day before). */
export function amsterdamMidnight(day: string): Date {
  const summer = new Date(`${addDays(day, -1)}T22:00:00Z`);
  return amsterdamDay(summer) === day ? summer : new Date(`${addDays(day, -1)}T23:00:00Z`);
}

/** The starter's link works through the 30th day after the start date (Amsterdam time). */
export function linkExpiresAt(startDate: string): Date {
  return amsterdamMidnight(addDays(startDate, LINK_VALID_DAYS_AFTER_START + 1));
}

/** Overdue: not done, and the due day is over (a task due today is not overdue yet). */
export const isOverdue = (task: { dueOn: string; doneAt: Date | string | null }, today: string): boolean => !task.doneAt && task.dueOn < today;

/**
 * Whether an overdue, open starter task gets a nudge now: never nudged, or the last nudge is NUDGE_INTERVAL_DAYS or more
 * days ago. Not on the day the checklist was created: the welcome mail of that day already lists every task.
 */
export function shouldNudge(task: { dueOn: string; doneAt: Date | string | null; nudgedAt: Date | null }, now: Date, checklistCreatedAt?: Date): boolean {
  const today = amsterdamDay(now);
  if (!isOverdue(task, today)) return false;
  if (checklistCreatedAt && amsterdamDay(checklistCreatedAt) >= today) return false;
  if (!task.nudgedAt) return true;
  return amsterdamDay(task.nudgedAt) <= addDays(today, -NUDGE_INTERVAL_DAYS);
}
