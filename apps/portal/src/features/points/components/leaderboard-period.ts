import { TIME_ZONE } from '../../../lib/format';

export const LEADERBOARD_PERIODS = ['month', 'quarter', 'year', 'all'] as const;
export type LeaderboardPeriod = (typeof LEADERBOARD_PERIODS)[number];

/** Today's calendar date in Amsterdam, "2026-03-02". */
function amsterdamToday(now: Date): { year: number; month: number } {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit' })
    .format(now)
    .split('-')
    .map(Number);
  return { year, month };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day of a period, up to today; undefined leaves the server's default (this month). */
export function periodFrom(period: LeaderboardPeriod, now: Date = new Date()): string | undefined {
  const { year, month } = amsterdamToday(now);
  switch (period) {
    case 'month':
      return undefined;
    case 'quarter': {
      const start = new Date(Date.UTC(year, month - 1 - 2, 1));
      return `${start.getUTCFullYear()}-${pad(start.getUTCMonth() + 1)}-01`;
    }
    case 'year':
      return `${year}-01-01`;
    case 'all':
      return '2000-01-01';
  }
}
