/**
 * Exactness check of the speed paths of migrations 1764990000000 and 1765000000000 on the dashboard dataset, for organisations 1 and 23,
 * several periods and every filter the benchmark uses (none, programme, department, both); exits 1 on a difference:
 * - time to hire: KpisRepository.timeToHire (totals and counters) against percentile_cont(0.5) over the hires;
 * - participation: participationPair (both periods in one statement, from the participation bitmaps) against
 *   KpisRepository.participation (plain multirange overlaps) for each of the two periods.
 *
 *   node -r @swc-node/register bench/dashboard/check-exact.ts
 *
 * Uses BENCH_DATABASE_URL when set, else starts the bench cluster.
 */
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { asOrganisationId } from '@kring/server-database';
import { daysBetween, KpisRepository } from '@kring/server-insights';
import { dashboardDatabase } from './db';

const period = (from: string, to: string) => ({ from, to, days: daysBetween(from, to) + 1 });

const DIRECT = `
  WITH h AS (
    SELECT channel, hired_on - applied_on AS days, applied_on IS NOT NULL AS dated FROM hires
     WHERE organisation_id = $1 AND hired_on BETWEEN $2::date AND $3::date
       AND ($4::uuid IS NULL OR channel <> 'referral' OR programme_id = $4::uuid) AND ($5::text IS NULL OR department = $5::text))
  SELECT grp, count(*)::int AS hires, count(*) FILTER (WHERE dated)::int AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY days) FILTER (WHERE dated) AS median
    FROM (SELECT channel AS grp, days, dated FROM h UNION ALL SELECT '*other', days, dated FROM h WHERE channel <> 'referral'
          UNION ALL SELECT '*all', days, dated FROM h) g
   GROUP BY grp`;

async function main(): Promise<void> {
  const started = process.env['BENCH_DATABASE_URL'] ? undefined : await dashboardDatabase(() => undefined);
  const client = new Client({ connectionString: process.env['BENCH_DATABASE_URL'] ?? started!.url });
  await client.connect();
  let failed = 0;
  let checked = 0;
  try {
    const repo = new KpisRepository({ query: async (sql: string, p: unknown[]) => (await client.query(sql, p)).rows } as unknown as DataSource);
    for (const o of [1, 23]) {
      const org = (await client.query(`SELECT id FROM organisations WHERE slug = $1`, [`dash-bench-${o}`])).rows[0].id as string;
      const programmes = (await client.query(`SELECT id FROM programmes WHERE organisation_id = $1 ORDER BY id`, [org])).rows.map((r) => r.id as string);
      const departments = (await client.query(`SELECT DISTINCT department FROM hires WHERE organisation_id = $1 AND department IS NOT NULL ORDER BY 1 LIMIT 2`, [org])).rows.map((r) => r.department as string);
      const periods = [['2025-11-23', '2026-11-22'], ['2024-11-23', '2026-11-22'], ['2026-04-01', '2026-06-30'], ['2025-02-14', '2025-02-14']];
      for (const [from, to] of periods) {
        for (const programmeId of [null, ...programmes.slice(0, 2)]) {
          for (const department of [null, ...departments]) {
            const scope = { organisationId: asOrganisationId(org), period: period(from!, to!), programmeId, department, today: '2026-11-22' };
            const got = (await repo.timeToHire(scope)).map((g) => ({ ...g })).sort((a, b) => a.group.localeCompare(b.group));
            const want = (await client.query(DIRECT, [org, from, to, programmeId, department])).rows
              .map((r) => ({ group: r.grp as string, hires: r.hires as number, n: r.n as number, median: r.n ? Number(r.median) : null }))
              .sort((a, b) => a.group.localeCompare(b.group));
            const before = { ...scope, period: period('2023-01-10', '2024-03-31') };
            const pair = await repo.participationPair(scope, before);
            const single = [await repo.participation(scope), await repo.participation(before)];
            checked++;
            if (JSON.stringify(pair) !== JSON.stringify(single)) {
              failed++;
              console.log(`DIFFERENT participation: organisation ${o} ${from}..${to} programme ${programmeId} department ${department}\n  got  ${JSON.stringify(pair)}\n  want ${JSON.stringify(single)}`);
            }
            checked++;
            if (JSON.stringify(got) !== JSON.stringify(want)) {
              failed++;
              console.log(`DIFFERENT: organisation ${o} ${from}..${to} programme ${programmeId} department ${department}\n  got  ${JSON.stringify(got)}\n  want ${JSON.stringify(want)}`);
            }
          }
        }
      }
    }
    console.log(`${checked - failed} of ${checked} questions equal (time to hire: percentile_cont over the hires; participation: plain overlaps)`);
  } finally {
    await client.end();
    await started?.stop();
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
