import type { EntityManager } from 'typeorm';
import { officeTime } from './demo-erm-time';
import type { DemoInsightsPlan, VacancyRef } from './demo-insights-plan';

const DAY = 86_400_000;

export type Row = Record<string, unknown>;

/** One INSERT … SELECT FROM jsonb_to_recordset per 2,000 rows: set-based, whatever the story's size. */
export async function insertRows(tx: EntityManager, table: string, columns: Record<string, string>, rows: Row[], suffix = ''): Promise<void> {
  const names = Object.keys(columns);
  for (let i = 0; i < rows.length; i += 2000) {
    await tx.query(
      `INSERT INTO ${table} (${names.join(', ')})
       SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS x(${names.map((n) => `${n} ${columns[n]}`).join(', ')}) ${suffix}`,
      [JSON.stringify(rows.slice(i, i + 2000))],
    );
  }
}

/** Times and dates of the story, relative to `now` (office hours, Europe/Amsterdam). */
export function storyClock(now: Date) {
  const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
  return {
    at: (daysAgo: number, hour?: number, minute?: number) => officeTime(now, Math.max(0, daysAgo), hour, minute).toISOString(),
    day: (daysAgo: number) => ymd.format(new Date(now.getTime() - daysAgo * DAY)),
  };
}


/** The plan, the clock and the ids of what was written so far, passed from step to step. */
export interface Story {
  tx: EntityManager;
  org: string;
  plan: DemoInsightsPlan;
  now: Date;
  at: (daysAgo: number, hour?: number, minute?: number) => string;
  day: (daysAgo: number) => string;
  hrId: string;
  employeeUserId: string;
  programmeId: Record<'internal' | 'action' | 'network', string>;
  vacancyId: (ref: VacancyRef) => string | null;
  personIds: string[];
  userId: (ref: number | 'employee') => string;
  shareLinkIds: string[];
  referralIds: string[];
}
