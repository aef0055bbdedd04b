import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Any number of processes may call this at once: a session advisory lock serialises them. */
const MIGRATION_LOCK_KEY = 72_411_001;

export async function migrate(url: string, log: (line: string) => void = () => undefined): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions({ url, poolMax: 2, ssl: sslFromEnv() }) });
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const ran = await dataSource.runMigrations({ transaction: 'each' });
      for (const m of ran) log(`migrated: ${m.name}`);
      return ran.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
    await dataSource.destroy();
  }
}

function sslFromEnv(): 'disable' | 'require' | 'no-verify' {
  const value = process.env['DATABASE_SSL'];
  return value === 'require' || value === 'no-verify' ? value : 'disable';
}
