import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort, migrate, startEmbeddedPostgres, type RunningPostgres } from '@kring/server-database';
import { TEMPLATE_DATABASE } from './test-database';

declare global {
  var __KRING_TEST_PG__: RunningPostgres | undefined;
}

/**
 * Jest globalSetup: one real PostgreSQL for the whole run (embedded, unless TEST_DATABASE_URL points at
 * a server where this user may create databases), and a template database with every migration and
 * the pg-boss schema applied. Each test file clones the template (see createTestDatabase).
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env['TEST_DATABASE_URL'];
  if (!adminUrl) {
    const dataRoot = mkdtempSync(path.join(tmpdir(), 'kring-test-pg-'));
    chmodSync(dataRoot, 0o755);
    const pg = await startEmbeddedPostgres({
      dataDir: path.join(dataRoot, 'data'),
      port: await freePort(),
      persistent: false,
    });
    globalThis.__KRING_TEST_PG__ = pg;
    adminUrl = pg.adminUrl;
  }
  process.env['KRING_TEST_ADMIN_URL'] = adminUrl;

  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const templateUrl = withDatabase(adminUrl, TEMPLATE_DATABASE);
  await migrate(templateUrl);
  await installQueueSchema(templateUrl);
}

async function installQueueSchema(url: string): Promise<void> {
  const { default: PgBoss } = await import('pg-boss');
  const boss = new PgBoss({ connectionString: url, supervise: false, schedule: false });
  await boss.start();
  await boss.stop({ graceful: false, wait: true });
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
