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

/** A calendar day plus (or minus) whole days: 2027-03-29 − 14 = 2027-03-15, whatever the clocks did in between. */
export function addDays(day: string, days: number): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a calendar day: ${day}`);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
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
