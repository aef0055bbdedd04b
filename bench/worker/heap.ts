/**
 * npm run bench:worker-heap [-- --cap 96] [-- --search] [-- --only concurrent]
 *   (node -r @swc-node/register bench/worker/heap.ts)
 *
 * Is a V8 heap cap (`node --max-old-space-size=<cap>`) safe for every heavy job of the worker? bench:newsletter runs
 * the built worker with 96 MB; this check runs the same built worker (dist/server, `npm run build:server` first; this
 * script builds nothing) with the cap against the heaviest realistic work, through the real tables and queues:
 *
 * 1. Employee import at its limits: a 20,000-row HR file just under IMPORT_MAX_BYTES (5 MB) for an employer with
 *    16,000 employees (13,000 updated, 1,000 leavers offboarded at once with the stay-in-touch mail, 1,000 unchanged,
 *    5,000 new, 1,000 left alone). This process stores the dry run with the real ImportService.dryRun (the API's
 *    upload; the CSV never reaches the worker) and requests the apply with ImportService.apply (the job); the
 *    worker's ImportApplier applies it in batches.
 * 2. Job-alert digests: 100,000 saved daily/weekly alerts (bench/alerts' criteria mix, 90 % consent, 1 % suppressed)
 *    and HEAP_NEW_VACANCIES (24) vacancies newer than every alert; one job-alerts-digest job (what the hourly cron
 *    enqueues); the worker's JobAlertSender writes one digest per person with something new to the outbox, and the
 *    outbox job sends them.
 * 3. A 100,000-recipient newsletter (bench/newsletter's fixture: "send now" through the real NewsletterDispatcher).
 *
 * First one after the other (a fresh worker per job, so each job has its own VmHWM), then all three at once in one
 * fresh worker (a second employer and file; digests and newsletter reset). The worker's VmRSS/VmHWM is sampled every
 * 250 ms. Checks per job: the import `applied` with every row processed and the expected applied count; one digest
 * mail per person with a matching new vacancy (counted independently in SQL) and every alert marked digested; every
 * newsletter row `sent` and the newsletter `sent`; every mail of the phase sent and counted by the SMTP sink
 * (bench/newsletter/sink.ts, another process); no failed pg-boss job; the worker never exited by itself and never
 * wrote "heap out of memory". Worker settings as bench:newsletter: MAIL_POOL_CONNECTIONS=5,
 * MAIL_RATE_PER_SECOND=10000, DATABASE_POOL_MAX=10.
 *
 * Options: `--cap <MB>` (HEAP_CAP_MB, 96); `--search` tries 96, 112 and 128 in turn and stops at the first that
 * passes; `--only sequential|concurrent`; HEAP_RECIPIENTS, HEAP_ALERTS (100000 each), HEAP_IMPORT_ROWS (20000; the
 * file shape scales with it), HEAP_NEW_VACANCIES (24), HEAP_PORT (54352), HEAP_JOB_TIMEOUT_S (3600).
 * Duration: the import takes ~10 min and the newsletter ~3–7 min on a shared 2-core box; the digest job handles one
 * person per transaction (~30 people/s alone), so 100,000 alerts take about an hour alone and longer next to the other
 * jobs: HEAP_ALERTS=10000 gives a complete run in ~30 min (see docs/benchmarks.md).
 * A fresh embedded PostgreSQL in .data/bench/worker-heap-postgres (deleted first). The last line is
 * `worker heap ok: …` or `worker heap FAILED: …`; the exit code is 1 on failure.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Test } from '@nestjs/testing';
import { Client, Pool } from 'pg';
import { ConfigModule, loadConfig } from '@kring/server-config';
import { asOrganisationId, DatabaseModule } from '@kring/server-database';
import { ErmCoreModule, ImportService } from '@kring/server-erm';
import { JobQueue, QueueModule, QueueNames } from '@kring/server-queue';
import { UploadedFile } from '@kring/server-storage';
import {
  BENCH_PUBLIC_URL,
  BUILT_WORKER_MAIN,
  openDispatcher,
  resetNewsletter,
  ROOT,
  seedNewsletterAudience,
  startBenchDatabase,
  startWorkerProcess,
  type Dispatcher,
  type SeededNewsletter,
  type WorkerProcess,
} from '../newsletter/fixture';
import { startSinkProcess, type SinkProcess } from '../newsletter/sink';
import { employeeFile, expectedDigests, IMPORT_MAX_BYTES, resetAlerts, seedAlerts, seedEmployer, type EmployeeFileShape, type SeededAlerts, type SeededEmployer } from './seed';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const envInt = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

const PORT = envInt('HEAP_PORT', 54352);
const RECIPIENTS = envInt('HEAP_RECIPIENTS', 100_000);
const ALERTS = envInt('HEAP_ALERTS', 100_000);
const IMPORT_ROWS = envInt('HEAP_IMPORT_ROWS', 20_000);
const NEW_VACANCIES = envInt('HEAP_NEW_VACANCIES', 24);
const JOB_TIMEOUT_MS = envInt('HEAP_JOB_TIMEOUT_S', 3600) * 1000;
const SEARCH_CAPS = [96, 112, 128];
const RSS_TARGET_MB = 200;
const ONLY = arg('--only');
const WORKER_ENV = { MAIL_POOL_CONNECTIONS: '5', MAIL_RATE_PER_SECOND: '10000', DATABASE_POOL_MAX: '10' };
/** Its own folder per port, so two runs on different ports never delete each other's data. */
const DATA_FOLDER = PORT === 54352 ? 'worker-heap-postgres' : `worker-heap-postgres-${PORT}`;

/** 20,000 rows: 13,000 updates, 1,000 leavers, 1,000 unchanged, 5,000 new; 1,000 more employees not in the file. */
const SHAPE: EmployeeFileShape = (() => {
  const k = IMPORT_ROWS / 20_000;
  const leavers = Math.round(1000 * k);
  const unchanged = Math.round(1000 * k);
  const creates = Math.round(5000 * k);
  return { updates: IMPORT_ROWS - leavers - unchanged - creates, leavers, unchanged, creates, notInFile: Math.round(1000 * k) };
})();

/** What to stop when the run is interrupted (Ctrl-C, SIGTERM): the current worker, then sink, database and modules. */
const onInterrupt = new Set<() => Promise<unknown>>();

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));
const log = (line: string) => console.log(`heap: ${line}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type JobName = 'import' | 'digests' | 'newsletter';

interface Prepared {
  db: { url: string };
  /** One connection for seeding and resets (replica-mode transactions). */
  client: Client;
  /** For the checks, which several waiting jobs run at the same time. */
  pool: Pool;
  sink: SinkProcess;
  imports: ImportService;
  queue: JobQueue;
  dispatcher: Dispatcher;
  newsletter: SeededNewsletter;
  employers: Array<{ seeded: SeededEmployer; importId: string }>;
  alerts: SeededAlerts;
}

interface RunResult {
  label: string;
  peakRssMb: number;
  idleRssMb: number;
  seconds: number;
  outcomes: string[];
}

/** A running worker with its memory sampled until it is stopped; throws from check() once it has exited by itself. */
function monitoredWorker(cap: number, prepared: Prepared) {
  const worker: WorkerProcess = startWorkerProcess({
    databaseUrl: prepared.db.url,
    smtpUrl: `smtp://127.0.0.1:${prepared.sink.port}`,
    env: WORKER_ENV,
    nodeArgs: [`--max-old-space-size=${cap}`],
    built: true,
  });
  let peak = 0;
  let exited: string | null = null;
  let stopping = false;
  void worker.wait().then((code) => {
    if (!stopping) exited = String(code);
  });
  const sample = () => {
    const m = worker.memory();
    if (m) peak = Math.max(peak, m.hwm, m.rss);
  };
  const timer = setInterval(sample, 250);
  const stopOnInterrupt = () => worker.stop();
  onInterrupt.add(stopOnInterrupt);
  const oom = () => /heap out of memory|FATAL ERROR|Allocation failed/i.test(worker.output());
  return {
    worker,
    peakMb: () => mb(peak),
    rssMb: () => mb(worker.memory()?.rss ?? 0),
    check: () => {
      sample();
      if (exited !== null || oom()) throw new Error(`worker crashed (exit ${exited ?? 'not yet'}${oom() ? ', heap out of memory' : ''}):\n${worker.output().slice(-3000)}`);
    },
    stop: async (): Promise<string[]> => {
      sample();
      clearInterval(timer);
      onInterrupt.delete(stopOnInterrupt);
      stopping = true;
      const problems: string[] = [];
      if (exited !== null) problems.push(`worker exited by itself (${exited})`);
      const code = await worker.stop();
      if (code !== 0 && code !== 'SIGTERM' && exited === null) problems.push(`worker did not stop cleanly (${code})`);
      if (oom()) problems.push('worker stderr: heap out of memory');
      return problems;
    },
  };
}

async function waitFor(label: string, monitor: { check(): void }, done: () => Promise<boolean>): Promise<void> {
  const started = Date.now();
  for (;;) {
    monitor.check();
    if (await done()) return;
    if (Date.now() - started > JOB_TIMEOUT_MS) throw new Error(`${label}: not done after ${JOB_TIMEOUT_MS / 1000} s`);
    await sleep(1000);
  }
}

async function one<T>(client: Pool, sql: string, params: unknown[] = []): Promise<T> {
  return (await client.query(sql, params)).rows[0] as T;
}

/** Mails of the organisations created at or after `since` that are not final yet. */
const openMails = (client: Pool, orgs: string[], since: Date) =>
  one<{ n: number }>(client, `SELECT count(*)::int AS n FROM mail_messages WHERE organisation_id = ANY($1::uuid[]) AND created_at >= $2 AND status IN ('queued', 'sending', 'retry')`, [orgs, since]).then((r) => r.n);

/** Starts a job the way the product does; resolves with a function that resolves once the job's work is complete. */
async function startJob(job: JobName, p: Prepared, employer: number, since: Date, monitor: { check(): void }): Promise<() => Promise<void>> {
  const { pool: client } = p;
  if (job === 'import') {
    const { seeded, importId } = p.employers[employer]!;
    await p.imports.apply({ organisationId: asOrganisationId(seeded.org), userId: seeded.hrUserId }, importId);
    return async () => {
      await waitFor('import', monitor, async () => {
        const row = await one<{ status: string; lastError: string | null }>(client, `SELECT status, last_error AS "lastError" FROM employee_imports WHERE id = $1`, [importId]);
        if (row.status === 'failed') throw new Error(`import failed: ${row.lastError}`);
        return row.status === 'applied' && (await openMails(client, [seeded.org], since)) === 0;
      });
    };
  }
  if (job === 'digests') {
    // What the hourly cron enqueues (without its singleton key: the second phase must not be folded into the first).
    const jobId = await p.queue.send(QueueNames.jobAlertsDigest, {});
    return async () => {
      await waitFor('digests', monitor, async () => {
        const row = await one<{ state: string } | undefined>(client, `SELECT state FROM pgboss.job WHERE id = $1`, [jobId]);
        if (row?.state === 'failed') throw new Error('the job-alerts-digest job failed');
        return row?.state === 'completed' && (await openMails(client, [p.alerts.org], since)) === 0;
      });
    };
  }
  await p.dispatcher.start(p.newsletter);
  return async () => {
    await waitFor('newsletter', monitor, async () => {
      const row = await one<{ open: number; status: string }>(
        client,
        `SELECT (SELECT count(*)::int FROM newsletter_deliveries WHERE newsletter_id = $1 AND status IN ('queued', 'sending')) AS open,
                (SELECT status FROM newsletters WHERE id = $1) AS status`,
        [p.newsletter.newsletterId],
      );
      return row.open === 0 && row.status === 'sent';
    });
  };
}

/** What the job did, checked in the database; problems are pushed. */
async function verify(job: JobName, p: Prepared, employer: number, since: Date, expected: { digests: number }, problems: string[]): Promise<string> {
  const { pool: client } = p;
  if (job === 'import') {
    const { seeded, importId } = p.employers[employer]!;
    const row = await one<{ status: string; total: number; processed: number; applied: number; skipped: number; people: number; offboarded: number }>(
      client,
      `SELECT i.status, i.total_rows AS total, i.processed, i.applied_count AS applied, i.skipped_count AS skipped,
              (SELECT count(*)::int FROM people WHERE organisation_id = i.organisation_id AND employee_number IS NOT NULL) AS people,
              (SELECT count(*)::int FROM offboardings WHERE organisation_id = i.organisation_id AND status = 'completed') AS offboarded
         FROM employee_imports i WHERE i.id = $1`,
      [importId],
    );
    // Unchanged rows count as applied too (nothing to write is still carried out); only error rows and skips are not.
    const expectApplied = IMPORT_ROWS;
    const expectPeople = SHAPE.updates + SHAPE.leavers + SHAPE.unchanged + SHAPE.notInFile + SHAPE.creates;
    if (row.status !== 'applied' || row.processed !== IMPORT_ROWS || row.total !== IMPORT_ROWS) problems.push(`import ${row.status}, ${row.processed}/${row.total} rows processed (expected ${IMPORT_ROWS})`);
    if (row.applied !== expectApplied || row.skipped !== 0) problems.push(`import applied ${row.applied}, skipped ${row.skipped} (expected ${expectApplied} applied, 0 skipped)`);
    if (row.people !== expectPeople) problems.push(`employer has ${row.people} people with an employee number, expected ${expectPeople}`);
    if (row.offboarded !== SHAPE.leavers) problems.push(`${row.offboarded} offboardings completed, expected ${SHAPE.leavers}`);
    const mails = await one<{ sent: number; other: number }>(
      client,
      `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent, count(*) FILTER (WHERE status <> 'sent')::int AS other
         FROM mail_messages WHERE organisation_id = $1 AND created_at >= $2 AND kind = 'erm_stay_in_touch'`,
      [seeded.org, since],
    );
    if (mails.sent !== SHAPE.leavers || mails.other) problems.push(`stay-in-touch mails: ${mails.sent} sent, ${mails.other} not (expected ${SHAPE.leavers} sent)`);
    return `import ${row.processed} rows (${row.applied} applied, ${row.offboarded} offboarded, ${mails.sent} mails)`;
  }
  if (job === 'digests') {
    const row = await one<{ digested: number; mails: number; sent: number; people: number; deliveries: number }>(
      client,
      `SELECT (SELECT count(*)::int FROM job_alert_subscriptions WHERE organisation_id = $1 AND last_digest_at >= $2) AS digested,
              (SELECT count(*)::int FROM mail_messages WHERE organisation_id = $1 AND created_at >= $2 AND kind = 'job_alert_digest') AS mails,
              (SELECT count(*)::int FROM mail_messages WHERE organisation_id = $1 AND created_at >= $2 AND kind = 'job_alert_digest' AND status = 'sent') AS sent,
              (SELECT count(DISTINCT person_id)::int FROM job_alert_deliveries WHERE organisation_id = $1 AND mode = 'digest') AS people,
              (SELECT count(*)::int FROM job_alert_deliveries WHERE organisation_id = $1 AND mode = 'digest') AS deliveries`,
      [p.alerts.org, since],
    );
    if (row.digested !== ALERTS) problems.push(`${row.digested} of ${ALERTS} alerts marked digested`);
    if (row.mails !== expected.digests || row.sent !== expected.digests || row.people !== expected.digests) {
      problems.push(`digests: ${row.mails} mails, ${row.sent} sent, ${row.people} people with deliveries; expected ${expected.digests}`);
    }
    return `digests ${row.digested} alerts (${row.sent} mails, ${row.deliveries} vacancy lines)`;
  }
  const row = await one<{ sent: number; total: number; status: string }>(
    client,
    `SELECT count(*) FILTER (WHERE d.status = 'sent')::int AS sent, count(*)::int AS total, (SELECT status FROM newsletters WHERE id = $1) AS status
       FROM newsletter_deliveries d WHERE d.newsletter_id = $1`,
    [p.newsletter.newsletterId],
  );
  if (row.sent !== RECIPIENTS || row.total !== RECIPIENTS || row.status !== 'sent') problems.push(`newsletter ${row.status}: ${row.sent}/${row.total} sent (expected ${RECIPIENTS})`);
  return `newsletter ${row.sent} recipients`;
}

/** Mails the sink should have counted for a phase: every outbox mail of the phase and every newsletter row sent. */
async function expectedSinkCount(p: Prepared, since: Date, newsletter: boolean, problems: string[]): Promise<number> {
  const outbox = await one<{ sent: number; failed: number }>(
    p.pool,
    `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent, count(*) FILTER (WHERE status = 'failed')::int AS failed FROM mail_messages WHERE created_at >= $1`,
    [since],
  );
  if (outbox.failed) problems.push(`${outbox.failed} outbox mails failed`);
  return outbox.sent + (newsletter ? RECIPIENTS : 0);
}

async function failedJobs(client: Pool, since: Date): Promise<string[]> {
  const { rows } = await client.query(`SELECT name, count(*)::int AS n FROM pgboss.job WHERE state = 'failed' AND created_on >= $1 GROUP BY name`, [since]);
  return rows.map((r: { name: string; n: number }) => `${r.n} failed ${r.name} job(s)`);
}

/** Where the three jobs are (import rows processed, alerts digested, newsletter rows sent, outbox mails open). */
async function progressLine(p: Prepared, employer: number, since: Date): Promise<string> {
  const row = await one<{ processed: number; digested: number; sent: number; open: number }>(
    p.pool,
    `SELECT (SELECT processed FROM employee_imports WHERE id = $1) AS processed,
            (SELECT count(*)::int FROM job_alert_subscriptions WHERE organisation_id = $2 AND last_digest_at >= $3) AS digested,
            (SELECT count(*)::int FROM newsletter_deliveries WHERE newsletter_id = $4 AND status = 'sent') AS sent,
            (SELECT count(*)::int FROM mail_messages WHERE created_at >= $3 AND status IN ('queued', 'sending', 'retry')) AS open`,
    [p.employers[employer]!.importId, p.alerts.org, since, p.newsletter.newsletterId],
  );
  return `import ${row.processed}/${IMPORT_ROWS} rows, ${row.digested}/${ALERTS} alerts digested, newsletter ${row.sent} sent, ${row.open} outbox mails open`;
}

/** Runs `jobs` at once in one fresh worker with the cap; resolves with its peak RSS and the checked outcomes. */
async function run(label: string, cap: number, jobs: JobName[], p: Prepared, employer: number, problems: string[]): Promise<RunResult> {
  if (jobs.includes('digests') && employer > 0) await resetAlerts(p.client, p.alerts.org);
  if (jobs.includes('newsletter')) await resetNewsletter(p.db.url, p.newsletter);
  const expected = { digests: jobs.includes('digests') ? await expectedDigests(p.client, p.alerts.org) : 0 };
  await p.sink.reset();
  const monitor = monitoredWorker(cap, p);
  const own: string[] = [];
  const outcomes: string[] = [];
  let idleRssMb = 0;
  const started = Date.now();
  try {
    await monitor.worker.ready;
    idleRssMb = monitor.rssMb();
    const since = new Date((await one<{ now: Date }>(p.pool, `SELECT now() AS now`)).now.getTime() - 1);
    log(`${label}: worker ready (pid ${monitor.worker.pid}, idle rss ${idleRssMb} MB, cap ${cap} MB); starting ${jobs.join(' + ')}…`);
    const progress = setInterval(() => {
      void progressLine(p, employer, since).then(
        (line) => log(`${label}: ${Math.round((Date.now() - started) / 1000)} s, rss ${monitor.rssMb()} MB, peak ${monitor.peakMb()} MB; ${line}`),
        () => undefined,
      );
    }, 30_000);
    try {
      const waits = await Promise.all(jobs.map((job) => startJob(job, p, employer, since, monitor)));
      await Promise.all(waits.map((wait) => wait()));
    } finally {
      clearInterval(progress);
    }
    for (const job of jobs) outcomes.push(await verify(job, p, employer, since, expected, own));
    const expectedMails = await expectedSinkCount(p, since, jobs.includes('newsletter'), own);
    const counted = await p.sink.count();
    if (counted !== expectedMails) own.push(`sink counted ${counted} mails, expected ${expectedMails}`);
    own.push(...(await failedJobs(p.pool, since)));
  } catch (error) {
    own.push(error instanceof Error ? error.message : String(error));
  } finally {
    own.push(...(await monitor.stop()));
  }
  const result = { label, peakRssMb: monitor.peakMb(), idleRssMb, seconds: (Date.now() - started) / 1000, outcomes };
  if (result.peakRssMb >= RSS_TARGET_MB) own.push(`peak rss ${result.peakRssMb} MB >= ${RSS_TARGET_MB} MB`);
  log(`${label}: ${own.length ? 'FAILED' : 'ok'} in ${result.seconds.toFixed(0)} s, worker peak rss ${result.peakRssMb} MB (idle ${idleRssMb} MB): ${outcomes.join(', ')}`);
  problems.push(...own.map((line) => `${label}: ${line}`));
  return result;
}

async function prepare(): Promise<{ prepared: Prepared; close: () => Promise<void> }> {
  rmSync(path.join(ROOT, '.data', 'bench', DATA_FOLDER), { recursive: true, force: true });
  log(`fresh embedded PostgreSQL in .data/bench/${DATA_FOLDER} on 127.0.0.1:${PORT}`);
  const db = await startBenchDatabase(DATA_FOLDER, { port: PORT });
  const closers: Array<() => Promise<unknown>> = [() => db.stop()];
  const close = async () => {
    onInterrupt.delete(close);
    for (const c of closers.reverse()) await c().catch((error: unknown) => console.error(error));
  };
  onInterrupt.add(close);
  try {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    closers.push(() => client.end());
    const pool = new Pool({ connectionString: db.url, max: 4 });
    closers.push(() => pool.end());
    const newsletter = await seedNewsletterAudience(db.url, { people: RECIPIENTS, log: (l) => log(l.replace(/^bench: /, '')) });
    log(`seeding 2 employers (${SHAPE.updates + SHAPE.leavers + SHAPE.unchanged + SHAPE.notInFile} employees each) and ${ALERTS} job alerts…`);
    const seededEmployers = [await seedEmployer(client, 'heap-employer-1', SHAPE), await seedEmployer(client, 'heap-employer-2', SHAPE)];
    const alerts = await seedAlerts(client, 'heap-alerts', ALERTS, NEW_VACANCIES);

    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      DATABASE_POOL_MAX: '4',
      PUBLIC_URL: BENCH_PUBLIC_URL,
      SMTP_URL: 'smtp://127.0.0.1:1',
      LOG_LEVEL: 'error',
      STORAGE_DIR: path.join(ROOT, '.data', 'bench', 'newsletter-storage'),
    });
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot({ config }), DatabaseModule.forRoot(), QueueModule.forRoot({ worker: false }), ErmCoreModule],
    }).compile();
    moduleRef.useLogger(false);
    await moduleRef.init();
    closers.push(() => moduleRef.close());
    const imports = moduleRef.get(ImportService, { strict: false });
    const queue = moduleRef.get(JobQueue, { strict: false });
    const dispatcher = await openDispatcher(db.url);
    closers.push(() => dispatcher.close());

    const employers: Prepared['employers'] = [];
    for (const seeded of seededEmployers) {
      const yesterday = new Date(Date.now() - 86_400_000 * 1.5).toISOString().slice(0, 10);
      const data = employeeFile(`heap-employer-${employers.length + 1}`, SHAPE, yesterday, Math.floor(((IMPORT_MAX_BYTES - 4096) * IMPORT_ROWS) / 20_000));
      const file = UploadedFile.of({ fieldname: 'file', filename: 'personeel.csv', mimetype: 'text/csv', data, truncated: false });
      const t0 = Date.now();
      const dry = await imports.dryRun({ organisationId: asOrganisationId(seeded.org), userId: seeded.hrUserId }, { file, offboardLeavers: true });
      log(`dry run of a ${(data.length / 1024 / 1024).toFixed(2)} MB file (limit ${IMPORT_MAX_BYTES / 1024 / 1024} MB), ${dry.total} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${JSON.stringify(dry.counts)}`);
      if (dry.total !== IMPORT_ROWS) throw new Error(`the dry run has ${dry.total} rows, expected ${IMPORT_ROWS}`);
      employers.push({ seeded, importId: dry.id });
    }
    const sink = await startSinkProcess();
    closers.push(() => sink.stop());
    return { prepared: { db, client, pool, sink, imports, queue, dispatcher, newsletter, employers, alerts }, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function attempt(cap: number): Promise<{ ok: boolean; line: string }> {
  const problems: string[] = [];
  const results: RunResult[] = [];
  const { prepared, close } = await prepare();
  try {
    if (ONLY !== 'concurrent') {
      for (const job of ['import', 'digests', 'newsletter'] as const) results.push(await run(`alone: ${job}`, cap, [job], prepared, 0, problems));
    }
    if (ONLY !== 'sequential') results.push(await run('all at once', cap, ['import', 'digests', 'newsletter'], prepared, 1, problems));
  } finally {
    await close();
  }
  for (const r of results) log(`${r.label}: peak rss ${r.peakRssMb} MB, idle ${r.idleRssMb} MB, ${r.seconds.toFixed(0)} s — ${r.outcomes.join(', ')}`);
  const peak = Math.max(0, ...results.map((r) => r.peakRssMb));
  const inputs = `employee import ${IMPORT_ROWS} rows, digests ${ALERTS} alerts, newsletter ${RECIPIENTS} recipients, ${ONLY === 'sequential' ? 'one after the other' : ONLY === 'concurrent' ? 'all at once' : 'one after the other and all at once'}`;
  if (problems.length) return { ok: false, line: `worker heap FAILED: cap ${cap} MB, peak rss ${peak} MB (${inputs}): ${problems.join('; ')}` };
  return { ok: true, line: `worker heap ok: cap ${cap} MB, peak rss ${peak} MB (${inputs})` };
}

async function main(): Promise<number> {
  if (!existsSync(path.join(ROOT, BUILT_WORKER_MAIN))) {
    console.error(`heap: ${BUILT_WORKER_MAIN} is missing: run \`npm run build:server\` first (this check runs the production build of the worker).`);
    return 1;
  }
  const caps = process.argv.includes('--search') ? SEARCH_CAPS : [Number(arg('--cap') ?? process.env['HEAP_CAP_MB'] ?? 96)];
  let last = { ok: false, line: 'worker heap FAILED: nothing ran' };
  for (const cap of caps) {
    last = await attempt(cap);
    if (last.ok) break;
    if (caps.length > 1) log(last.line);
  }
  console.log(last.line);
  return last.ok ? 0 : 1;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`worker heap FAILED: interrupted (${signal})`);
    void (async () => {
      for (const stop of [...onInterrupt].reverse()) await stop().catch(() => undefined);
      process.exit(130);
    })();
  });
}

// Exit explicitly: the embedded PostgreSQL's exit hooks would otherwise end the process with 0 whatever exitCode says.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log(`worker heap FAILED: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exit(1);
  },
);
