/** A throw-away embedded PostgreSQL with Kring's migrations for the match evaluation (EVAL_MATCH_PORT or a free port). */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, freePort, migrate, startEmbeddedPostgres } from '@kring/server-database';

export interface EvalDatabase {
  dataSource: DataSource;
  close(): Promise<void>;
}

export async function startEvalDatabase(): Promise<EvalDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kring-match-eval-'));
  chmodSync(dir, 0o755);
  const port = Number(process.env['EVAL_MATCH_PORT'] ?? (await freePort()));
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port, persistent: false });
  let dataSource: DataSource | undefined;
  try {
    const admin = new DataSource({ type: 'postgres', url: pg.adminUrl });
    await admin.initialize();
    await admin.query(`CREATE DATABASE kring_match_eval`);
    await admin.destroy();
    const url = pg.urlFor('kring_match_eval');
    await migrate(url);
    dataSource = await new DataSource(dataSourceOptions({ url, poolMax: 2, ssl: 'disable' })).initialize();
  } catch (error) {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const ds = dataSource;
  return {
    dataSource: ds,
    async close() {
      await ds.destroy();
      // pg's pool ends its idle clients asynchronously: give them a moment, or PostgreSQL's shutdown terminates them
      // and the pool logs "terminating connection due to administrator command".
      await new Promise((resolve) => setTimeout(resolve, 200));
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
