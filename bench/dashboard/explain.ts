/**
 * Query profile of the KPI endpoints on the dashboard dataset: runs KpisService.get for the chosen KPIs (all by
 * default) and organisation (1, the big one, by default) with the real KpisRepository, whose every statement is
 * first run under EXPLAIN (ANALYZE, BUFFERS); prints each statement's execution time, and its plan with --plans.
 *
 *   node -r @swc-node/register bench/dashboard/explain.ts [--org 1] [--plans] [--department Zorg] [--programme]
 *        [--from 2025-01-01 --to 2025-12-31] [kpi …]
 *
 * Uses BENCH_DATABASE_URL when set (e.g. while bench:dashboard holds the cluster), else starts the bench cluster.
 */
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { Clock } from '@kring/server-config';
import { asOrganisationId } from '@kring/server-database';
import { dashboardDatabase } from './db';
import { KPI_NAMES, type KpiName, KpisRepository, KpisService } from '@kring/server-insights';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};

async function main(): Promise<void> {
  const started = process.env['BENCH_DATABASE_URL'] ? undefined : await dashboardDatabase(() => undefined);
  const url = process.env['BENCH_DATABASE_URL'] ?? started!.url;
  const client = new Client({ connectionString: url });
  await client.connect();
  const plans = process.argv.includes('--plans');
  try {
    const o = Number(arg('org') ?? 1);
    const { rows } = await client.query(`SELECT id FROM organisations WHERE slug = $1`, [`dash-bench-${o}`]);
    const org = asOrganisationId(rows[0].id);
    const programmeId = process.argv.includes('--programme')
      ? (await client.query(`SELECT id FROM programmes WHERE organisation_id = $1 AND kind = 'internal'`, [org])).rows[0].id
      : undefined;
    let total = 0;
    const dataSource = {
      query: async (sql: string, params: unknown[] = []) => {
        const explained = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
        const lines = explained.rows.map((r: Record<string, string>) => r['QUERY PLAN']);
        const time = Number(/Execution Time: ([\d.]+)/.exec(lines.join('\n'))?.[1] ?? NaN);
        total += time;
        console.log(`  ${time.toFixed(1).padStart(7)} ms  ${sql.replace(/\s+/g, ' ').slice(0, 110)}`);
        if (plans) console.log(lines.map((l: string) => `      ${l}`).join('\n'));
        return (await client.query(sql, params)).rows;
      },
    } as unknown as DataSource;
    const service = new KpisService(new KpisRepository(dataSource), { now: () => new Date() } as Clock);
    const names = (process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--')) as KpiName[]);
    for (const name of names.length ? names : KPI_NAMES) {
      total = 0;
      console.log(`${name} (organisation ${o}${programmeId ? ', programme' : ''}${arg('department') ? `, department ${arg('department')}` : ''})`);
      await service.get(org, name, { programmeId, department: arg('department'), from: arg('from'), to: arg('to') });
      console.log(`  ${total.toFixed(1).padStart(7)} ms  total (both periods, run one after the other here)`);
    }
  } finally {
    await client.end();
    await started?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
