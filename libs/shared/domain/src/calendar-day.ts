/** A plain calendar day `YYYY-MM-DD` that exists (no 31 February, no week or ordinal forms, years 1000–9999). */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  if (year < 1000) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The calendar day `years` years from a moment's UTC day (29 February becomes 28 February when needed). */
export function dayYearsFrom(moment: Date, years: number): string {
  const date = new Date(Date.UTC(moment.getUTCFullYear() + years, moment.getUTCMonth(), moment.getUTCDate()));
  if (date.getUTCDate() !== moment.getUTCDate()) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}
