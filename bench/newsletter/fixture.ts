/**
 * Shared set-up of the newsletter benchmarks (bench:enqueue, bench:newsletter, chaos:newsletter):
 *
 * - startBenchDatabase(folder, { port }): an embedded PostgreSQL in .data/bench/<folder> (git-ignored, kept between
 *   runs, loopback only), its database created when missing and migrated.
 * - seedNewsletterAudience(url, { people, reseed }): one organisation with `people` alumni who have an address and
 *   granted, unexpired `newsletter` consent (a quarter English, the rest Dutch), plus 200 people with consent but a
 *   suppressed address and 300 without consent (both left out by the enqueue), a segment selecting them and a
 *   newsletter with nl and en variants. Reused when present with the same audience size, unless `reseed`.
 * - resetNewsletter(url, seeded): back to the state before "send now" (no deliveries, no newsletterSend jobs, draft).
 * - openDispatcher(url): the real NewsletterDispatcher in a minimal Nest module (like the mailings integration
 *   tests); `start(seeded)` runs "send now" in one transaction: deliveries inserted, status `sending`, jobs enqueued.
 * - buildServer(): `npm run build:server` (scripts/build-server.ts), the worker as plain JavaScript in dist/server.
 * - startWorkerProcess({ databaseUrl, smtpUrl, env, built }): the real worker app as a child process configured only
 *   by environment variables, like a deployment: the sources through @swc-node/register (apps/worker/src/main.ts), or
 *   with `built: true` the production build (node dist/server/apps/worker/src/main.js; call buildServer() first);
 *   returns its pid and kill/stop/wait.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Test, type TestingModule } from '@nestjs/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ConfigModule, loadConfig } from '@kring/server-config';
import { asOrganisationId, DatabaseModule, migrate, startEmbeddedPostgres, type OrganisationId } from '@kring/server-database';
import { NewsletterDispatcher, NewslettersModule } from '@kring/server-mailings';
import { QueueModule, QueueNames } from '@kring/server-queue';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BENCH_PUBLIC_URL = 'http://localhost:3999';
const SLUG = 'bench-newsletter';

export interface BenchDatabase {
  /** Connection URL of the bench database. */
  url: string;
  /** Its database name (also in the command line of its PostgreSQL backends). */
  database: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts (or reuses the data of) the embedded PostgreSQL in .data/bench/<folder> and migrates `database` in it. */
export async function startBenchDatabase(folder: string, options: { port: number; database?: string }): Promise<BenchDatabase> {
  const dataDir = path.join(ROOT, '.data', 'bench', folder);
  const database = options.database ?? `kring_bench_${folder.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}`;
  const pg = await startEmbeddedPostgres({ dataDir, port: options.port, persistent: true });
  try {
    const admin = new Client({ connectionString: pg.adminUrl });
    await admin.connect();
    try {
      if (!(await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [database])).rowCount) {
        await admin.query(`CREATE DATABASE ${database}`);
      }
    } finally {
      await admin.end();
    }
    const url = pg.urlFor(database);
    await migrate(url);
    return { url, database, dataDir, stop: () => pg.stop() };
  } catch (error) {
    await pg.stop();
    throw error;
  }
}

export interface SeededNewsletter {
  org: OrganisationId;
  newsletterId: string;
  segmentId: string;
  /** Eligible recipients (people with consent and an unsuppressed address). */
  people: number;
}

/** pg-boss creates its schema on first start: on a fresh bench database there is nothing to delete yet. */
async function deleteSendJobs(client: Client): Promise<void> {
  const [row] = (await client.query(`SELECT to_regclass('pgboss.job') IS NOT NULL AS present`)).rows;
  if (row.present) await client.query(`DELETE FROM pgboss.job WHERE name = $1`, [QueueNames.newsletterSend]);
}

/**
 * Removes a bench organisation table by table (every table with an organisation_id column), without triggers or
 * cascades: a cascading DELETE of 100k people runs row-level FK actions per person, each firing the statement-level
 * insights trigger on phase_transitions, and took minutes.
 */
async function deleteOrganisation(client: Client, organisationId: string): Promise<void> {
  const { rows } = await client.query(
    `SELECT table_name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'organisation_id' AND table_name <> 'organisations'
        AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE')`,
  );
  await client.query('BEGIN');
  try {
    await client.query(`SET LOCAL session_replication_role = replica`);
    for (const { table_name: table } of rows as { table_name: string }[]) {
      await client.query(`DELETE FROM "${table}" WHERE organisation_id = $1`, [organisationId]);
    }
    await client.query(`DELETE FROM organisations WHERE id = $1`, [organisationId]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The bench organisation, its audience, segment and two-language newsletter; reused when the audience size matches. */
export function seedNewsletterAudience(
  url: string,
  options: { people: number; reseed?: boolean; log?: (line: string) => void },
): Promise<SeededNewsletter> {
  const { people } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  return withClient(url, async (client) => {
    const [existing] = (await client.query(`SELECT id FROM organisations WHERE slug = $1`, [SLUG])).rows;
    if (existing && !options.reseed) {
      const { rows } = await client.query(
        `SELECT n.id, n.segment_id,
                (SELECT count(*)::int FROM people p WHERE p.organisation_id = n.organisation_id AND p.first_name LIKE 'Alumnus %') AS people
           FROM newsletters n WHERE n.organisation_id = $1 ORDER BY n.created_at LIMIT 1`,
        [existing.id],
      );
      if (rows[0] && rows[0].people === people && rows[0].segment_id) {
        return { org: asOrganisationId(existing.id), newsletterId: rows[0].id, segmentId: rows[0].segment_id, people };
      }
    }
    await deleteSendJobs(client);
    if (existing) await deleteOrganisation(client, existing.id);
    const { rows } = await client.query(
      `INSERT INTO organisations (name, slug, default_locale) VALUES ('Bench Nieuwsbrief', $1, 'nl') RETURNING id`,
      [SLUG],
    );
    const org: string = rows[0].id;
    log(`bench: seeding ${people} people with newsletter consent (+ suppressed and without consent)…`);
    // Bench data only: without triggers. people's row trigger writes one phase_transitions row per person with its own
    // statement, and each fires the statement-level insights rollup trigger on phase_transitions: 100k people took more
    // than 8 minutes. Nothing in the newsletter path reads phase_transitions.
    await client.query('BEGIN');
    await client.query(`SET LOCAL session_replication_role = replica`);
    // The audience: alumni with an address, a quarter of them English, all with granted unexpired newsletter consent.
    await client.query(
      `INSERT INTO people (organisation_id, first_name, email, phase, locale)
       SELECT $1, 'Alumnus ' || i, 'alumnus' || i || '@bench.example', 'exit', CASE WHEN i % 4 = 0 THEN 'en' ELSE 'nl' END
       FROM generate_series(1, $2) i`,
      [org, people],
    );
    await client.query(
      `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at, expires_at)
       SELECT $1, id, 'newsletter', 'granted', 'bench', now() - interval '30 days', now() + interval '2 years'
       FROM people WHERE organisation_id = $1`,
      [org],
    );
    // Realism: 200 more with consent but a suppressed address, 300 without any consent (both skipped by the enqueue).
    await client.query(
      `WITH p AS (
         INSERT INTO people (organisation_id, first_name, email, phase, locale)
         SELECT $1, 'Onbestelbaar ' || i, 'bounce' || i || '@bench.example', 'exit', 'nl' FROM generate_series(1, 200) i RETURNING id, email)
       , c AS (
         INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at, expires_at)
         SELECT $1, id, 'newsletter', 'granted', 'bench', now() - interval '30 days', now() + interval '2 years' FROM p)
       INSERT INTO mail_suppressions (organisation_id, email, reason, source) SELECT $1, email, 'hard_bounce', 'bench' FROM p`,
      [org],
    );
    await client.query(
      `INSERT INTO people (organisation_id, first_name, email, phase, locale)
       SELECT $1, 'Zonder toestemming ' || i, 'noconsent' || i || '@bench.example', 'exit', 'nl' FROM generate_series(1, 300) i`,
      [org],
    );
    await client.query('COMMIT');
    const segment = await client.query(
      `INSERT INTO segments (organisation_id, name, description, filter)
       VALUES ($1, 'Oud-collega''s met nieuwsbrief', 'Bench: alumni with newsletter consent', $2) RETURNING id`,
      [org, JSON.stringify({ phases: ['exit'], consentPurpose: 'newsletter' })],
    );
    const segmentId: string = segment.rows[0].id;
    const newsletter = await client.query(
      `INSERT INTO newsletters (organisation_id, name, segment_id) VALUES ($1, 'Nieuwsbrief december', $2) RETURNING id`,
      [org, segmentId],
    );
    const newsletterId: string = newsletter.rows[0].id;
    await client.query(
      `INSERT INTO newsletter_variants (organisation_id, newsletter_id, locale, subject, preheader, body_markdown) VALUES
         ($1, $2, 'nl', 'Nieuws uit Kring, {{voornaam}}', 'Wat er speelt',
          '# Hallo {{voornaam}}\n\nWe openen een **nieuwe locatie** in Utrecht en zoeken collega''s die er willen werken.\n\n' ||
          '- Verpleegkundigen\n- Begeleiders\n- Een teamleider\n\nKen je iemand? [Bekijk de vacatures](https://example.nl/vacatures).'),
         ($1, $2, 'en', 'News from Kring, {{firstName}}', 'What is going on',
          '# Hello {{firstName}}\n\nWe are opening a **new site** in Utrecht and are looking for colleagues to work there.\n\n' ||
          '- Nurses\n- Care workers\n- A team lead\n\nKnow someone? [See the vacancies](https://example.nl/vacatures).')`,
      [org, newsletterId],
    );
    await client.query(`ANALYZE`);
    return { org: asOrganisationId(org), newsletterId, segmentId, people };
  });
}

/** Back to the state before "send now": no deliveries, no newsletterSend jobs, a draft. */
export function resetNewsletter(url: string, seeded: SeededNewsletter): Promise<void> {
  return withClient(url, async (client) => {
    await client.query(`DELETE FROM newsletter_deliveries WHERE organisation_id = $1 AND newsletter_id = $2`, [seeded.org, seeded.newsletterId]);
    await deleteSendJobs(client);
    await client.query(
      `UPDATE newsletters SET status = 'draft', scheduled_at = NULL, started_at = NULL, finished_at = NULL, cancelled_at = NULL
        WHERE organisation_id = $1 AND id = $2`,
      [seeded.org, seeded.newsletterId],
    );
    await client.query(`VACUUM ANALYZE newsletter_deliveries`);
  });
}

export interface Dispatcher {
  /** "Send now" in one transaction (deliveries, status `sending`, newsletterSend jobs); returns the recipient count. */
  start(seeded: SeededNewsletter): Promise<number>;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** The real NewsletterDispatcher in a minimal Nest module that only sends jobs (no pg-boss worker in this process). */
export async function openDispatcher(url: string, options: { poolMax?: number } = {}): Promise<Dispatcher> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    DATABASE_POOL_MAX: String(options.poolMax ?? 4),
    PUBLIC_URL: BENCH_PUBLIC_URL,
    SMTP_URL: 'smtp://127.0.0.1:1',
    LOG_LEVEL: 'error',
    STORAGE_DIR: path.join(ROOT, '.data', 'bench', 'newsletter-storage'),
  });
  const moduleRef: TestingModule = await Test.createTestingModule({
    imports: [ConfigModule.forRoot({ config }), DatabaseModule.forRoot(), QueueModule.forRoot({ worker: false }), NewslettersModule],
  }).compile();
  moduleRef.useLogger(false);
  await moduleRef.init();
  const dataSource = moduleRef.get(DataSource);
  const dispatcher = moduleRef.get(NewsletterDispatcher, { strict: false });
  return {
    dataSource,
    start: (seeded) => dataSource.transaction((tx) => dispatcher.start(tx, seeded.org, seeded.newsletterId)),
    close: () => moduleRef.close(),
  };
}

export interface WorkerProcess {
  pid: number;
  /** Resolves once the worker logged `worker started`; rejects if it exits first. */
  ready: Promise<void>;
  /** The last 64 kB of its stdout + stderr. */
  output(): string;
  /** Sends a signal (SIGKILL for the chaos run); does not wait. */
  kill(signal?: NodeJS.Signals): void;
  /** SIGTERM (graceful: in-flight sends finish), SIGKILL after `graceMs`; resolves with the exit code or signal. */
  stop(graceMs?: number): Promise<number | NodeJS.Signals | null>;
  /** Resolves when the process has exited, with its exit code or signal. */
  wait(): Promise<number | NodeJS.Signals | null>;
  /** VmRSS and VmHWM (peak RSS) in bytes from /proc/<pid>/status, or null once it has exited. */
  memory(): { rss: number; hwm: number } | null;
}

/** The compiled worker entry point written by `npm run build:server`. */
export const BUILT_WORKER_MAIN = 'dist/server/apps/worker/src/main.js';

/** Runs `npm run build:server` (about a second): the worker then runs from the current sources as plain JavaScript. */
export function buildServer(log: (line: string) => void = (line) => console.log(line)): void {
  const result = spawnSync(process.execPath, ['-r', '@swc-node/register', 'scripts/build-server.ts'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build:server failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
  log(result.stdout.trim());
}

/**
 * Spawns the real worker app configured only by environment: DATABASE_URL, SMTP_URL and whatever `env` adds
 * (MAIL_POOL_CONNECTIONS, MAIL_RATE_PER_SECOND, DATABASE_POOL_MAX, …). By default the sources through
 * @swc-node/register (`node -r @swc-node/register apps/worker/src/main.ts`); `built: true` runs the production build
 * instead (`node dist/server/apps/worker/src/main.js`, see buildServer()), as infra/Dockerfile should.
 */
export function startWorkerProcess(options: {
  databaseUrl: string;
  smtpUrl: string;
  env?: Record<string, string>;
  /** Extra node flags before the script, e.g. ['--cpu-prof', '--cpu-prof-dir=/tmp/prof']. */
  nodeArgs?: string[];
  /** Run the production build in dist/server (plain JavaScript) instead of the sources through @swc-node/register. */
  built?: boolean;
  /** Another TypeScript entry (relative to the repository root) run through @swc-node/register, e.g. the chaos worker. */
  entry?: string;
}): WorkerProcess {
  const script = options.built ? [BUILT_WORKER_MAIN] : ['-r', '@swc-node/register', options.entry ?? 'apps/worker/src/main.ts'];
  if (options.built && !existsSync(path.join(ROOT, BUILT_WORKER_MAIN))) throw new Error(`${BUILT_WORKER_MAIN} is missing: run npm run build:server`);
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), ...script], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'],
      NODE_ENV: 'production',
      SWC_NODE_PROJECT: 'tsconfig.json',
      PUBLIC_URL: BENCH_PUBLIC_URL,
      LOG_LEVEL: 'info',
      STORAGE_DIR: path.join(ROOT, '.data', 'bench', 'newsletter-storage'),
      DATABASE_URL: options.databaseUrl,
      SMTP_URL: options.smtpUrl,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let exitValue: number | NodeJS.Signals | null | undefined;
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.once('exit', (code, signal) => {
      exitValue = signal ?? code;
      resolve(exitValue);
    }),
  );
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-65_536);
      if (output.includes('worker started')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => reject(new Error(`worker exited before it was ready (${code}):\n${output.slice(-3000)}`)));
  });
  ready.catch(() => undefined); // observed by the caller
  const pid = child.pid!;
  return {
    pid,
    ready,
    output: () => output,
    kill: (signal = 'SIGTERM') => {
      if (exitValue === undefined) child.kill(signal);
    },
    stop: (graceMs = 15_000) => {
      if (exitValue === undefined) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        void exited.then(() => clearTimeout(timer));
      }
      return exited;
    },
    wait: () => exited,
    memory: () => {
      if (exitValue !== undefined) return null;
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
        return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
      } catch {
        return null;
      }
    },
  };
}
