/** Kring's organisations are in the Netherlands: "today" and due dates are Amsterdam calendar days. */
export const BUSINESS_TIME_ZONE = 'Europe/Amsterdam';

const format = new Intl.DateTimeFormat('en-CA', { timeZone: BUSINESS_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Amsterdam calendar day of an instant, as YYYY-MM-DD. */
export const businessDate = (instant: Date): string => format.format(instant);

const parse = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return { y, m, d };
};
const iso = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  const { y, m, d } = parse(day);
  return iso(new Date(Date.UTC(y, m - 1, d + days)));
}

/** Calendar months; the 31st plus one month is the last day of the shorter month (31 Jan + 1 = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const { y, m, d } = parse(day);
  const lastOfTarget = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return iso(new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastOfTarget))));
}
