/**
 * The dashboard benchmark's embedded PostgreSQL: its own cluster in .data/bench/dashboard-postgres (git-ignored,
 * kept between runs so the generated dataset is reused) on BENCH_DASHBOARD_PORT (54351 by default, loopback only),
 * database kring_bench_dashboard, with a little more memory than the defaults for a ~4 GB dataset.
 */
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type RunningPostgres } from '@kring/server-database';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DATA_DIR = path.join(ROOT, '.data', 'bench', 'dashboard-postgres');
export const DB_NAME = 'kring_bench_dashboard';
const PORT = Number(process.env['BENCH_DASHBOARD_PORT'] ?? 54351);

const SETTINGS: Record<string, string> = {
  shared_buffers: '1GB',
  work_mem: '32MB',
  maintenance_work_mem: '512MB',
  synchronous_commit: 'off',
  max_wal_size: '1GB',
  checkpoint_timeout: '30min',
  effective_cache_size: '8GB',
  random_page_cost: '1.1',
  jit: 'off',
};

export interface DashboardDatabase {
  url: string;
  adminUrl: string;
  postgresVersion: string;
  stop(): Promise<void>;
}

export async function dashboardDatabase(log: (line: string) => void): Promise<DashboardDatabase> {
  log(`bench: embedded PostgreSQL in .data/bench/dashboard-postgres on 127.0.0.1:${PORT}`);
  let running: RunningPostgres = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: PORT, persistent: true });
  const admin = new Client({ connectionString: running.adminUrl });
  await admin.connect();
  let restart = false;
  try {
    if (!(await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [DB_NAME])).rowCount) await admin.query(`CREATE DATABASE ${DB_NAME}`);
    for (const [name, value] of Object.entries(SETTINGS)) await admin.query(`ALTER SYSTEM SET ${name} = '${value}'`);
    await admin.query(`SELECT pg_reload_conf()`);
    const { rows } = await admin.query(`SELECT bool_or(pending_restart) AS pending FROM pg_settings WHERE name = ANY($1)`, [Object.keys(SETTINGS)]);
    restart = rows[0]?.pending === true;
  } finally {
    await admin.end();
  }
  if (restart) {
    // shared_buffers only changes on a restart (first run on a fresh cluster).
    await running.stop();
    running = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: PORT, persistent: true });
  }
  const url = running.urlFor(DB_NAME);
  const client = new Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
  await client.end();
  return { url, adminUrl: running.adminUrl, postgresVersion: rows[0]!.v, stop: () => running.stop() };
}
