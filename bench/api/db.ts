import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type RunningPostgres } from '@kring/server-database';

export const ROOT = path.resolve(__dirname, '..', '..');
/** Git-ignored (.data/ is in .gitignore): the cluster survives between runs, so the dataset is reused. */
export const BENCH_DATA_DIR = path.join(ROOT, '.data', 'bench', 'postgres');
export const BENCH_DB_NAME = 'kring_bench';

export interface BenchDatabase {
  url: string;
  embedded: boolean;
  postgresVersion: string;
  stop(): Promise<void>;
}

/**
 * BENCH_DATABASE_URL when set (a database you may fill and empty); otherwise the project's embedded PostgreSQL
 * with its data in .data/bench/postgres on BENCH_POSTGRES_PORT (54339 by default, loopback only).
 */
export async function benchDatabase(
  log: (line: string) => void = console.log,
  onPostgresLog?: (line: string) => void,
): Promise<BenchDatabase> {
  let url = process.env['BENCH_DATABASE_URL'];
  let running: RunningPostgres | undefined;
  if (!url) {
    const port = Number(process.env['BENCH_POSTGRES_PORT'] ?? 54339);
    log(`bench: embedded PostgreSQL in .data/bench/postgres on 127.0.0.1:${port}`);
    running = await startEmbeddedPostgres({ dataDir: BENCH_DATA_DIR, port, persistent: true, onLog: onPostgresLog });
    const admin = new Client({ connectionString: running.adminUrl });
    await admin.connect();
    let restart = false;
    try {
      const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [BENCH_DB_NAME]);
      if (!rowCount) await admin.query(`CREATE DATABASE ${BENCH_DB_NAME}`);
      // A little more room than the defaults for a 200k-referral dataset; fsync is already off in the embedded cluster.
      await admin.query(`ALTER SYSTEM SET shared_buffers = '512MB'`);
      await admin.query(`ALTER SYSTEM SET work_mem = '16MB'`);
      await admin.query(`ALTER SYSTEM SET maintenance_work_mem = '256MB'`);
      await admin.query(`ALTER SYSTEM SET synchronous_commit = 'off'`);
      await admin.query(`SELECT pg_reload_conf()`);
      const { rows } = await admin.query(`SELECT bool_or(pending_restart) AS pending FROM pg_settings WHERE name = 'shared_buffers'`);
      restart = rows[0]?.pending === true;
    } finally {
      await admin.end();
    }
    if (restart) {
      // shared_buffers only changes on a restart (first run on a fresh cluster only; start takes ~30 ms).
      await running.stop();
      running = await startEmbeddedPostgres({ dataDir: BENCH_DATA_DIR, port, persistent: true, onLog: onPostgresLog });
    }
    url = running.urlFor(BENCH_DB_NAME);
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
  await client.end();
  return { url, embedded: !!running, postgresVersion: rows[0]!.v, stop: async () => running?.stop() };
}
