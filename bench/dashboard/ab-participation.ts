/**
 * Development aid: median time of participation for the default period and the previous one on organisation 1, as
 * two single-period statements one after the other versus participationPair (one statement), alternating, 15 rounds.
 *
 *   BENCH_DATABASE_URL=… node -r @swc-node/register bench/dashboard/ab-participation.ts
 */
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { asOrganisationId } from '@kring/server-database';
import { KpisRepository, previousPeriod, resolvePeriod } from '@kring/server-insights';

async function main(): Promise<void> {
  const client = new Client({ connectionString: process.env['BENCH_DATABASE_URL'] });
  await client.connect();
  const repo = new KpisRepository({ query: async (sql: string, p: unknown[]) => (await client.query(sql, p)).rows } as unknown as DataSource);
  const org = asOrganisationId((await client.query(`SELECT id FROM organisations WHERE slug = 'dash-bench-1'`)).rows[0].id);
  const today = '2026-11-22';
  const period = resolvePeriod({}, today);
  const now = { organisationId: org, period, programmeId: null, department: null, today };
  const before = { ...now, period: previousPeriod(period) };
  const single: number[] = [];
  const pair: number[] = [];
  for (let i = 0; i < 15; i++) {
    let t = performance.now();
    await repo.participation(now);
    await repo.participation(before);
    single.push(performance.now() - t);
    t = performance.now();
    await repo.participationPair(now, before);
    pair.push(performance.now() - t);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!.toFixed(1);
  console.log(`participation, both periods: two statements ${median(single)} ms, one statement ${median(pair)} ms (median of 15)`);
  await client.end();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
