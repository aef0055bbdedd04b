/**
 * Development aid for the dashboard benchmark: applies the KPI rollups migration (1764950000000), or with --speed the
 * KPI speed migration (1764990000000), to the kept bench dataset on its own, timed (its backfill over 1M referrals and
 * 10M touchpoints), without the later migrations; with --redo it first runs down() (which also exercises down()). A
 * changed migration reaches the kept dataset without regenerating it.
 *
 *   node -r @swc-node/register bench/dashboard/redo-migration.ts [--speed] [--redo]
 *
 * Uses BENCH_DATABASE_URL when set (the bench cluster already running), else starts the bench cluster.
 */
import { DataSource } from 'typeorm';
import { dataSourceOptions, MIGRATIONS_TABLE } from '@kring/server-database';
import { InsightsKpiRollups1764950000000 } from '../../libs/server/database/src/migrations/1764950000000-insights-kpi-rollups';
import { InsightsKpiSpeed1764990000000 } from '../../libs/server/database/src/migrations/1764990000000-insights-kpi-speed';
import { dashboardDatabase } from './db';

async function main(): Promise<void> {
  const started = process.env['BENCH_DATABASE_URL'] ? undefined : await dashboardDatabase(console.log);
  const url = process.env['BENCH_DATABASE_URL'] ?? started!.url;
  const ds = new DataSource(dataSourceOptions({ url, poolMax: 1, ssl: 'disable' }));
  await ds.initialize();
  try {
    const speed = process.argv.includes('--speed');
    const migration = speed ? new InsightsKpiSpeed1764990000000() : new InsightsKpiRollups1764950000000();
    const timestamp = speed ? 1764990000000 : 1764950000000;
    const applied = (await ds.query(`SELECT 1 FROM ${MIGRATIONS_TABLE} WHERE name = $1`, [migration.name])).length > 0;
    const runner = ds.createQueryRunner();
    if (applied && process.argv.includes('--redo')) {
      const t = Date.now();
      await runner.startTransaction();
      await migration.down(runner);
      await runner.query(`DELETE FROM ${MIGRATIONS_TABLE} WHERE name = $1`, [migration.name]);
      await runner.commitTransaction();
      console.log(`down: ${migration.name} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    } else if (applied) {
      console.log(`${migration.name} is applied already (--redo runs down() first)`);
      return;
    }
    const t = Date.now();
    await runner.startTransaction();
    await migration.up(runner);
    await runner.query(`INSERT INTO ${MIGRATIONS_TABLE} (timestamp, name) VALUES ($1, $2)`, [timestamp, migration.name]);
    await runner.commitTransaction();
    await runner.release();
    console.log(`up: ${migration.name} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    await ds.query(speed ? 'VACUUM (ANALYZE) insights_hire_totals, insights_kpi_counts' : 'VACUUM (ANALYZE) insights_kpi_counts, insights_person_tenure, insights_referral_levels');
  } finally {
    await ds.destroy();
    await started?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
