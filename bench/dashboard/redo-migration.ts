/**
 * Development aid for the dashboard benchmark: runs down() and then up() of the insights indexes migration on the
 * bench database (a changed migration reaches the kept dataset without regenerating it; it also exercises down()).
 *
 *   node -r @swc-node/register bench/dashboard/redo-migration.ts
 */
import { DataSource } from 'typeorm';
import { dataSourceOptions, migrate, MIGRATIONS_TABLE } from '@kring/server-database';
import { InsightsIndexes1764930000000 } from '../../libs/server/database/src/migrations/1764930000000-insights-indexes';
import { dashboardDatabase } from './db';

async function main(): Promise<void> {
  const db = await dashboardDatabase(console.log);
  const ds = new DataSource(dataSourceOptions({ url: db.url, poolMax: 1, ssl: 'disable' }));
  await ds.initialize();
  try {
    const migration = new InsightsIndexes1764930000000();
    const runner = ds.createQueryRunner();
    await runner.startTransaction();
    await migration.down(runner);
    await runner.query(`DELETE FROM ${MIGRATIONS_TABLE} WHERE name = $1`, [migration.name]);
    await runner.commitTransaction();
    await runner.release();
    console.log(`down: ${migration.name}`);
    console.log(`up: ${(await migrate(db.url, () => undefined)).join(', ')}`);
    await ds.query('VACUUM (ANALYZE)');
  } finally {
    await ds.destroy();
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
