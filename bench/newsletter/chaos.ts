/**
 * npm run chaos:newsletter [-- --seed N] [--kills 20] [--recipients 10000] [--rate 200] [--pool 5] [--workers 1]
 *                                [--real-wait] [--no-analyze]
 *
 * Issue 6 chaos run: "a crash at any moment never sends a recipient twice and never skips one".
 *
 * Method
 * 1. Embedded PostgreSQL in .data/bench/chaos-postgres on BENCH_CHAOS_PORT (54347, loopback), migrated; the bench
 *    organisation with `--recipients` alumni with newsletter consent (+200 suppressed, +300 without consent, both left
 *    out by the enqueue), a segment and an nl/en newsletter (bench/newsletter/fixture.ts). Each run starts from a clean
 *    slate (no deliveries, no newsletter jobs, newsletter in draft); the real NewsletterDispatcher "send now" inserts one
 *    delivery row per recipient and one newsletterSend job per 500 rows; then `ANALYZE newsletter_deliveries` (what
 *    autovacuum does within about a minute in production; `--no-analyze` skips it).
 * 2. An SMTP sink in its own process (bench/newsletter/sink.ts) appends `<Message-ID>\t<rcpt>` to a fresh log file
 *    (.data/bench/chaos/sink-<seed>.log) for every accepted message, with a synchronous write BEFORE it answers 250.
 * 3. Kill phase, `--kills` times: the REAL worker app (apps/worker/src/main.ts as a child process, configured only by
 *    environment: DATABASE_URL, SMTP_URL, MAIL_POOL_CONNECTIONS=--pool, MAIL_RATE_PER_SECOND=--rate) is started; once
 *    it has booted AND has moved a row of the newsletter past `queued` (seen in the database: `locked_by` holds the
 *    process id), the harness waits a uniform 0.2–1.5 s (seeded PRNG, mulberry32; the seed is printed) and sends
 *    SIGKILL. Validity (else `chaos INVALID`, exit 2): every kill is a SIGKILL of a worker that had handed rows to
 *    SMTP, and the number of rows handed to SMTP (sent + sending + failed) grew between consecutive kills. Per kill it
 *    prints what the dead worker left: rows it recorded `sent`, rows in flight (`sending`: the in-flight rule) and rows
 *    claimed but not handed over (`queued` under its claim lease).
 *    Fast-forward: a dead worker's claimed rows stay `queued` until its claim lease (≥ SEND_LEASE_MS = 5 min) runs
 *    out, and 10,000 rows are only 20 batches of 500, so claimable work can run out before the last kill. Then (before
 *    a restart, or when a restarted worker finds nothing to claim) the harness uses SIMULATED TIME, printed: live workers
 *    are stopped with SIGTERM, the next workers are bench/newsletter/chaos-worker.ts = the same createWorker() of
 *    apps/worker/src/main.ts whose Clock runs just past every lease held on the newsletter, and one newsletterSweep job
 *    is enqueued (the cron ticks of the skipped minutes). The real sweep then closes the dead workers' in-flight rows as
 *    interrupted and re-enqueues their claims, which the engine takes over. `--real-wait` waits in real time instead.
 *    `--workers 2`: two workers run at once; killed ones are restarted before each kill and the victim is picked with
 *    the PRNG (its delay counts from the moment it is seen sending). Two workers drain 10,000 rows long before 20 kills
 *    at the default rate: use `--rate 25`.
 * 4. Last phase. Survivors are stopped with SIGTERM (what they leave in flight is counted like a killed worker's rows).
 *    Default: worker(s) with the clock just past the latest lease (SIMULATED TIME, offset printed) plus one sweep job,
 *    as above, until no row is `queued`; then the harness applies the sweep's rule once more itself —
 *    NewsletterDeliveriesRepository.failExpiredLeases(real now + offset, NEWSLETTER_INTERRUPTED_REASON) — waits until
 *    no row is `sending`, and calls completeFinished (same simulated now) only if no worker has marked the newsletter
 *    `sent`. Who closed the interrupted rows and who completed the newsletter is printed.
 *    `--real-wait`: no simulated time anywhere; unmodified workers, and the harness waits (5 min leases + the per-minute
 *    cron) whenever work runs out and at the end, until the workers' own sweep finishes the newsletter.
 * 5. The sink is stopped (its log closed) and the log is compared with the database.
 *
 * Definitions (checked at the end; the run passes only with 0 duplicates and 0 missing)
 * - duplicates = (number of Message-IDs that appear more than once in the sink log) + (number of recipient addresses
 *   that appear more than once in the sink log).
 * - missing = the sum of
 *   a) rows not final at the end (`queued` or `sending`);
 *   b) rows `sent` in the database whose Message-ID is absent from the log;
 *   c) log entries whose row (found by Message-ID) is neither `sent` nor `failed` with last_error =
 *      NEWSLETTER_INTERRUPTED_REASON, or that match no row of this newsletter, or whose recipient is not the row's
 *      address;
 *   d) rows (recipients) that are neither in the log nor `failed` with NEWSLETTER_INTERRUPTED_REASON (this includes
 *      b: a sent-but-not-logged row counts in b and in d; a `skipped` or otherwise failed row counts here).
 *   Also required (else FAILED): exactly `--recipients` rows and the newsletter `sent` at the end.
 * - interrupted = rows resolved by the in-flight rule (failed, NEWSLETTER_INTERRUPTED_REASON): a row that was `sending`
 *   when its worker died is never resent. Reported separately: how many of them the sink did receive ("delivered":
 *   accepted, but the worker died before recording it) and how many it did not ("not delivered": waiting for a pool
 *   connection or the rate limiter, or cut off during DATA). Consistency check (else FAILED): interrupted = the sum of
 *   the rows each killed or stopped worker left in `sending`, and every interrupted row was held by one of them.
 *
 * Last line: `chaos ok: 0 duplicates, 0 missing (10000 recipients, 20 kills, 37 interrupted: 21 delivered, 16 not
 * delivered, seed 12345)`; or `chaos FAILED: …` (exit 1) or `chaos INVALID: …` (exit 2), followed by the reasons.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { NEWSLETTER_INTERRUPTED_REASON, NewsletterDeliveriesRepository } from '@kring/server-mailings';
import { SEND_LEASE_MS } from '@kring/server-mail';
import { QUEUE_SCHEMA, QueueNames } from '@kring/server-queue';
import PgBoss from 'pg-boss';
import {
  openDispatcher,
  resetNewsletter,
  ROOT,
  seedNewsletterAudience,
  startBenchDatabase,
  startWorkerProcess,
  type SeededNewsletter,
  type WorkerProcess,
} from './fixture';
import { startSinkProcess } from './sink';

// ---------------------------------------------------------------------------------------------------------------
// Options

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  return inline?.slice(name.length + 3);
}

function intOption(name: string, fallback: number, min: number, max: number): number {
  const raw = option(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`--${name} must be an integer from ${min} to ${max}, got ${raw}`);
  return value;
}

const SEED = intOption('seed', Math.floor(Math.random() * 1_000_000), 0, 2 ** 31 - 1);
const KILLS = intOption('kills', 20, 1, 200);
const RECIPIENTS = intOption('recipients', 10_000, 100, 1_000_000);
const RATE = intOption('rate', 200, 1, 10_000);
const POOL = intOption('pool', 5, 1, 50);
const REAL_WAIT = process.argv.includes('--real-wait');
const WORKERS = intOption('workers', 1, 1, 4);
const ANALYZE_AFTER_ENQUEUE = !process.argv.includes('--no-analyze');
const PORT = Number(process.env['BENCH_CHAOS_PORT'] ?? 54347);
const KILL_MIN_MS = 200;
const KILL_MAX_MS = 1500;
const START_SENDING_TIMEOUT_MS = 30_000;
const WORK_DIR = path.join(ROOT, '.data', 'bench', 'chaos');

/** mulberry32: a small seeded PRNG, so `--seed N` replays the same kill delays. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line: string) => console.log(`chaos: ${line}`);

// ---------------------------------------------------------------------------------------------------------------
// Database views

interface StatusCounts {
  queued: number;
  claimed: number;
  sending: number;
  sent: number;
  failed: number;
  interrupted: number;
  skipped: number;
  total: number;
}

async function statusCounts(db: Client, newsletterId: string): Promise<StatusCounts> {
  const { rows } = await db.query(
    `SELECT count(*) FILTER (WHERE status = 'queued')::int AS queued,
            count(*) FILTER (WHERE status = 'queued' AND locked_until IS NOT NULL)::int AS claimed,
            count(*) FILTER (WHERE status = 'sending')::int AS sending,
            count(*) FILTER (WHERE status = 'sent')::int AS sent,
            count(*) FILTER (WHERE status = 'failed')::int AS failed,
            count(*) FILTER (WHERE status = 'failed' AND last_error = $2)::int AS interrupted,
            count(*) FILTER (WHERE status = 'skipped')::int AS skipped,
            count(*)::int AS total
       FROM newsletter_deliveries WHERE newsletter_id = $1`,
    [newsletterId, NEWSLETTER_INTERRUPTED_REASON],
  );
  return rows[0] as StatusCounts;
}

/** `locked_by` is `${hostname}:${pid}:${uuid}` (NewsletterEngine): the rows a given process holds or held. */
function lockPrefix(pid: number): string {
  return `${hostname()}:${pid}:`;
}

interface ProcessRows {
  sent: number;
  sending: number;
  claimedQueued: number;
  failed: number;
  /** Distinct `locked_by` values = engine runs (send jobs) of this process; a run may claim several batches. */
  claims: number;
  /** Rows held by its largest run. */
  largestClaim: number;
}

async function rowsOfProcess(db: Client, newsletterId: string, pid: number): Promise<ProcessRows> {
  const { rows } = await db.query(
    `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent,
            count(*) FILTER (WHERE status = 'sending')::int AS sending,
            count(*) FILTER (WHERE status = 'queued')::int AS "claimedQueued",
            count(*) FILTER (WHERE status = 'failed')::int AS failed,
            count(DISTINCT locked_by)::int AS claims,
            coalesce(max(per_claim), 0)::int AS "largestClaim"
       FROM (SELECT status, locked_by, count(*) OVER (PARTITION BY locked_by) AS per_claim
               FROM newsletter_deliveries WHERE newsletter_id = $1 AND starts_with(locked_by, $2)) mine`,
    [newsletterId, lockPrefix(pid)],
  );
  return rows[0] as ProcessRows;
}

async function newsletterStatus(db: Client, newsletterId: string): Promise<string> {
  const { rows } = await db.query(`SELECT status FROM newsletters WHERE id = $1`, [newsletterId]);
  return rows[0]?.status as string;
}

// ---------------------------------------------------------------------------------------------------------------
// Workers

function workerEnv(): Record<string, string> {
  return {
    MAIL_POOL_CONNECTIONS: String(POOL),
    MAIL_RATE_PER_SECOND: String(RATE),
    DATABASE_POOL_MAX: '10',
    LOG_LEVEL: 'info', // the fixture waits for the `worker started` log line
  };
}

/**
 * A worker of the current generation: offset 0 = the unmodified worker app (apps/worker/src/main.ts); offset > 0 =
 * chaos-worker.ts, the same createWorker() with its Clock `offsetMs` ahead (simulated time).
 */
function startChaosWorker(databaseUrl: string, smtpUrl: string, offsetMs: number): WorkerProcess {
  if (offsetMs === 0) return startWorkerProcess({ databaseUrl, smtpUrl, env: workerEnv() });
  return startWorkerProcess({
    databaseUrl,
    smtpUrl,
    entry: 'bench/newsletter/chaos-worker.ts',
    env: { ...workerEnv(), CHAOS_CLOCK_OFFSET_MS: String(offsetMs) },
  });
}

/** What the per-minute cron would have enqueued during the skipped minutes: one newsletterSweep job. */
async function triggerSweep(databaseUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: QUEUE_SCHEMA, supervise: false, schedule: false, migrate: false });
  boss.on('error', () => undefined);
  await boss.start();
  try {
    await boss.send(QueueNames.newsletterSweep, {});
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

/** Offset that puts a worker's clock just past every lease still held on the newsletter's unfinished rows. */
async function offsetPastLeases(db: Client, newsletterId: string): Promise<number> {
  const { rows } = await db.query(
    `SELECT max(locked_until) AS until FROM newsletter_deliveries WHERE newsletter_id = $1 AND status IN ('queued', 'sending')`,
    [newsletterId],
  );
  const until = rows[0].until as Date | null;
  return until ? Math.max(0, Math.ceil((until.getTime() - Date.now() + 1000) / 1000) * 1000) : 0;
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The run

interface KillRecord {
  n: number;
  pid: number;
  bootMs: number;
  delayMs: number;
  sentByWorker: number;
  inFlight: number;
  abandonedClaims: number;
  largestClaim: number;
  totalSentAfter: number;
}

interface Comparison {
  duplicateMessageIds: string[];
  duplicateRecipients: string[];
  notFinal: Array<{ id: string; status: string }>;
  sentNotLogged: string[];
  badLogEntries: Array<{ line: string; why: string }>;
  lostRecipients: Array<{ id: string; email: string; status: string; lastError: string | null }>;
  interrupted: number;
  interruptedDelivered: number;
  interruptedNotDelivered: number;
  rows: number;
  logLines: number;
  interruptedByDeadWorker: Map<number, number>;
}

async function compare(db: Client, newsletterId: string, lines: string[]): Promise<Comparison> {
  const byMessageId = new Map<string, number>();
  const byRecipient = new Map<string, number>();
  for (const line of lines) {
    const [messageId = '', rcpt = ''] = line.split('\t');
    byMessageId.set(messageId, (byMessageId.get(messageId) ?? 0) + 1);
    byRecipient.set(rcpt.toLowerCase(), (byRecipient.get(rcpt.toLowerCase()) ?? 0) + 1);
  }
  const { rows } = await db.query(
    `SELECT id, email, message_id AS "messageId", status, last_error AS "lastError", locked_by AS "lockedBy"
       FROM newsletter_deliveries WHERE newsletter_id = $1`,
    [newsletterId],
  );
  const deliveries = rows as Array<{ id: string; email: string; messageId: string; status: string; lastError: string | null; lockedBy: string | null }>;
  const rowByMessageId = new Map(deliveries.map((d) => [d.messageId, d]));
  const isInterrupted = (d: { status: string; lastError: string | null }) => d.status === 'failed' && d.lastError === NEWSLETTER_INTERRUPTED_REASON;

  const result: Comparison = {
    duplicateMessageIds: [...byMessageId].filter(([, n]) => n > 1).map(([id]) => id),
    duplicateRecipients: [...byRecipient].filter(([, n]) => n > 1).map(([r]) => r),
    notFinal: deliveries.filter((d) => d.status === 'queued' || d.status === 'sending').map((d) => ({ id: d.id, status: d.status })),
    sentNotLogged: deliveries.filter((d) => d.status === 'sent' && !byMessageId.has(d.messageId)).map((d) => d.id),
    badLogEntries: [],
    lostRecipients: deliveries
      .filter((d) => !byMessageId.has(d.messageId) && !isInterrupted(d))
      .map((d) => ({ id: d.id, email: d.email, status: d.status, lastError: d.lastError })),
    interrupted: 0,
    interruptedDelivered: 0,
    interruptedNotDelivered: 0,
    rows: deliveries.length,
    logLines: lines.length,
    interruptedByDeadWorker: new Map(),
  };
  for (const line of lines) {
    const [messageId = '', rcpt = ''] = line.split('\t');
    const row = rowByMessageId.get(messageId);
    if (!row) result.badLogEntries.push({ line, why: 'no delivery row of this newsletter has this Message-ID' });
    else if (row.email.toLowerCase() !== rcpt.toLowerCase()) result.badLogEntries.push({ line, why: `row ${row.id} is for ${row.email}` });
    else if (row.status !== 'sent' && !isInterrupted(row)) result.badLogEntries.push({ line, why: `row ${row.id} is ${row.status} (${row.lastError ?? ''})` });
  }
  for (const d of deliveries.filter(isInterrupted)) {
    result.interrupted++;
    if (byMessageId.has(d.messageId)) result.interruptedDelivered++;
    else result.interruptedNotDelivered++;
    const pid = Number(/:(\d+):[^:]+$/.exec(d.lockedBy ?? '')?.[1] ?? NaN);
    result.interruptedByDeadWorker.set(pid, (result.interruptedByDeadWorker.get(pid) ?? 0) + 1);
  }
  return result;
}

async function waitFor(what: string, timeoutMs: number, check: () => Promise<boolean>, everyMs = 500): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`);
    await sleep(everyMs);
  }
}

async function main(): Promise<number> {
  const random = mulberry32(SEED);
  log(`seed ${SEED} (replay: npm run chaos:newsletter -- --seed ${SEED}); ${RECIPIENTS} recipients, ${KILLS} kills, ` +
    `MAIL_POOL_CONNECTIONS=${POOL}, MAIL_RATE_PER_SECOND=${RATE}, kill ${KILL_MIN_MS}–${KILL_MAX_MS} ms after a worker starts sending, ` +
    `${REAL_WAIT ? 'real-time wait for the leases' : 'simulated time for the leases'}`);
  mkdirSync(WORK_DIR, { recursive: true });
  const logFile = path.join(WORK_DIR, `sink-${SEED}.log`);
  if (existsSync(logFile)) rmSync(logFile);

  log(`embedded PostgreSQL in .data/bench/chaos-postgres on 127.0.0.1:${PORT}`);
  const database = await startBenchDatabase('chaos-postgres', { port: PORT, database: 'kring_bench_chaos' });
  const db = new Client({ connectionString: database.url });
  await db.connect();
  const sink = await startSinkProcess({ logFile });
  const smtpUrl = `smtp://127.0.0.1:${sink.port}`;
  log(`SMTP sink pid ${sink.pid} on port ${sink.port}, log ${path.relative(ROOT, logFile)}`);
  const dispatcher = await openDispatcher(database.url);
  const workers: WorkerProcess[] = [];
  try {
    const seeded: SeededNewsletter = await seedNewsletterAudience(database.url, { people: RECIPIENTS, log });
    await resetNewsletter(database.url, seeded);
    // Also forget sweep jobs of earlier runs (our own database): every run starts with the same queue state.
    await db.query(`DELETE FROM pgboss.job WHERE name = $1`, [QueueNames.newsletterSweep]);
    const recipients = await dispatcher.start(seeded);
    const { newsletterId } = seeded;
    log(`newsletter ${newsletterId} started: ${recipients} delivery rows, ${Math.ceil(recipients / 500)} send jobs`);
    if (recipients !== RECIPIENTS) throw new Error(`expected ${RECIPIENTS} delivery rows, got ${recipients}`);
    if (ANALYZE_AFTER_ENQUEUE) {
      // What autovacuum does within about a minute in production. Without it the planner works with the statistics of
      // the empty table (resetNewsletter analyses before the enqueue); the claim's earlier `IN (SELECT … LIMIT n FOR
      // UPDATE SKIP LOCKED)` form then re-executed its subquery per row and claimed far more than n rows, slowly.
      await db.query(`ANALYZE newsletter_deliveries`);
      log('ANALYZE newsletter_deliveries after the enqueue (--no-analyze to skip)');
    }

    // --- kill phase -------------------------------------------------------------------------------------------
    const kills: KillRecord[] = [];
    const invalid: string[] = [];
    let previousHandedOver = 0;
    const live: Array<{ worker: WorkerProcess; spawnedAt: number; bootMs: number }> = [];
    const stopped: Array<{ pid: number; inFlight: number }> = [];
    const stopLive = async (why: string) => {
      for (const { worker } of live.splice(0)) {
        const how = await worker.stop();
        const mine = await rowsOfProcess(db, newsletterId, worker.pid);
        stopped.push({ pid: worker.pid, inFlight: mine.sending });
        log(`${why}: pid ${worker.pid} stopped (${String(how)}): it sent ${mine.sent}, left ${mine.sending} in flight and ${mine.claimedQueued} claimed`);
      }
    };
    let offsetMs = 0; // clock offset of the current worker generation (0 = the unmodified worker)
    const fastForwards: Array<{ beforeKill: number; offsetMs: number }> = [];
    let forceFastForward = false;
    let retries = 0;
    for (let n = 1; n <= KILLS; n++) {
      const delayMs = Math.round(KILL_MIN_MS + (KILL_MAX_MS - KILL_MIN_MS) * random());
      // With real clocks a dead worker's claim (up to a whole batch) waits out its lease: once no row is claimable any
      // more, the next generation of workers runs in simulated time, just past every lease (see the top comment).
      const { rows: claimable } = await db.query(
        `SELECT count(*)::int AS n FROM newsletter_deliveries
          WHERE newsletter_id = $1 AND status = 'queued' AND (locked_until IS NULL OR locked_until < $2)`,
        [newsletterId, new Date(Date.now() + offsetMs)],
      );
      let fastForward = false;
      let startTimeoutMs = START_SENDING_TIMEOUT_MS;
      if (claimable[0].n === 0 && REAL_WAIT) {
        startTimeoutMs = SEND_LEASE_MS + 3 * 60_000;
        log(`no claimable row left before kill ${n}: waiting in REAL TIME for the dead workers' leases (${SEND_LEASE_MS / 60_000} min) and the sweep`);
      } else if (claimable[0].n === 0 || forceFastForward) {
        forceFastForward = false;
        await stopLive('fast-forward');
        offsetMs = Math.max(offsetMs, await offsetPastLeases(db, newsletterId));
        fastForwards.push({ beforeKill: n, offsetMs });
        fastForward = true;
        log(`no claimable row before kill ${n}: SIMULATED TIME, workers from now on run with their clock ${offsetMs / 1000} s ahead`);
      }
      // Keep WORKERS workers running: restart the ones killed.
      const fresh: typeof live = [];
      while (live.length + fresh.length < WORKERS) {
        const worker = startChaosWorker(database.url, smtpUrl, offsetMs);
        workers.push(worker);
        fresh.push({ worker, spawnedAt: Date.now(), bootMs: 0 });
      }
      for (const f of fresh) {
        await withTimeout(f.worker.ready, 120_000, `worker ${f.worker.pid} to boot`);
        f.bootMs = Date.now() - f.spawnedAt;
        live.push(f);
      }
      if (fastForward) await triggerSweep(database.url);
      const victimIndex = WORKERS === 1 ? 0 : Math.floor(random() * live.length);
      const { worker, bootMs } = live[victimIndex]!;
      // "Sending": this process moved at least one row past `queued` (markSending sets the status and keeps locked_by).
      let started = false;
      const deadline = Date.now() + startTimeoutMs;
      while (Date.now() < deadline) {
        const { rows } = await db.query(
          `SELECT EXISTS (SELECT 1 FROM newsletter_deliveries WHERE newsletter_id = $1 AND status <> 'queued' AND starts_with(locked_by, $2)) AS started`,
          [newsletterId, lockPrefix(worker.pid)],
        );
        if (rows[0].started) {
          started = true;
          break;
        }
        await sleep(20);
      }
      if (!started && !REAL_WAIT && retries < 2 && (await statusCounts(db, newsletterId)).queued > 0) {
        // Typically with --workers 2: the survivor claimed the last claimable rows while this one booted. Fast-forward
        // past the leases and try this kill again.
        log(`kill ${n}: worker ${worker.pid} found nothing claimable; fast-forwarding and trying again`);
        retries++;
        forceFastForward = true;
        n--;
        continue;
      }
      retries = 0;
      if (!started) {
        invalid.push(`worker ${worker.pid} (kill ${n}) did not start sending within ${startTimeoutMs / 1000} s`);
        log(`kill ${n}: worker ${worker.pid} found nothing to send; state ${JSON.stringify(await statusCounts(db, newsletterId))}`);
        const jobs = await db.query(`SELECT name, state, count(*)::int AS n FROM pgboss.job WHERE name LIKE 'newsletter%' GROUP BY 1, 2 ORDER BY 1, 2`);
        log(`jobs: ${JSON.stringify(jobs.rows)}; worker output (tail):\n${worker.output().slice(-3000)}`);
        break;
      }
      await sleep(delayMs);
      worker.kill('SIGKILL');
      const how = await worker.wait();
      live.splice(victimIndex, 1);
      const mine = await rowsOfProcess(db, newsletterId, worker.pid);
      const counts = await statusCounts(db, newsletterId);
      kills.push({
        n,
        pid: worker.pid,
        bootMs,
        delayMs,
        sentByWorker: mine.sent,
        inFlight: mine.sending,
        abandonedClaims: mine.claimedQueued,
        largestClaim: mine.largestClaim,
        totalSentAfter: counts.sent,
      });
      log(
        `kill ${String(n).padStart(2)}: pid ${worker.pid} (${String(how)}) ${delayMs} ms after it was seen sending (boot ${(bootMs / 1000).toFixed(1)} s): ` +
          `it sent ${mine.sent}, left ${mine.sending} in flight and ${mine.claimedQueued} claimed (${mine.claims} engine run${mine.claims === 1 ? '' : 's'}, largest ${mine.largestClaim} rows); total sent ${counts.sent}/${counts.total}`,
      );
      if (how !== 'SIGKILL') invalid.push(`kill ${n}: worker ${worker.pid} ended with ${String(how)}, not SIGKILL`);
      // Progress = rows handed to SMTP (sent, in flight or failed): the victim must have handed over at least one row
      // (checked before the delay) and the newsletter must have moved on since the previous kill.
      const handedOver = counts.sent + counts.sending + counts.failed;
      if (mine.sent + mine.sending + mine.failed === 0 || handedOver <= previousHandedOver) {
        invalid.push(`kill ${n}: no progress (worker handed over ${mine.sent + mine.sending + mine.failed}, total ${previousHandedOver} -> ${handedOver})`);
      }
      previousHandedOver = handedOver;
      if (counts.queued === 0 && n < KILLS) {
        invalid.push(`kill ${n}: no queued rows left, later kills could not land while sending`);
        break;
      }
    }
    // Survivors (--workers > 1) stop gracefully (SIGTERM) before the last phase; whatever they leave in flight is
    // resolved by the same rules and counted like the killed workers' rows.
    await stopLive('survivor');

    // --- last phase: the abandoned leases -----------------------------------------------------------------------
    const before = await statusCounts(db, newsletterId);
    log(`after ${kills.length} kills: ${JSON.stringify(before)}`);
    const repository = new NewsletterDeliveriesRepository(dispatcher.dataSource);
    let harnessInterrupted = 0;
    let completedBy = 'worker';
    let simulatedOffsetMs = 0;
    const finalStart = Date.now();
    if (REAL_WAIT) {
      const finals = Array.from({ length: WORKERS }, () => startWorkerProcess({ databaseUrl: database.url, smtpUrl, env: workerEnv() }));
      workers.push(...finals);
      for (const worker of finals) await withTimeout(worker.ready, 120_000, 'the final worker to boot');
      log(
        `final worker(s) pid ${finals.map((w) => w.pid).join(', ')} (unmodified, real clock); waiting for the leases ` +
          `(${SEND_LEASE_MS / 60_000} min) and the per-minute sweep…`,
      );
      await waitFor('the newsletter to be sent', SEND_LEASE_MS + 5 * 60_000, async () => (await newsletterStatus(db, newsletterId)) === 'sent', 2000);
      for (const worker of finals) await worker.stop();
    } else {
      simulatedOffsetMs = Math.max(offsetMs, await offsetPastLeases(db, newsletterId));
      const finals = Array.from({ length: WORKERS }, () => startChaosWorker(database.url, smtpUrl, simulatedOffsetMs));
      workers.push(...finals);
      try {
        for (const worker of finals) await withTimeout(worker.ready, 120_000, 'the final worker to boot');
        await triggerSweep(database.url);
        log(
          `final worker(s) pid ${finals.map((w) => w.pid).join(', ')}: the real worker with its clock ${simulatedOffsetMs / 1000} s ahead ` +
            `(SIMULATED TIME: just past the latest lease left by the killed workers) and one sweep job enqueued (the cron ticks ` +
            `of the skipped minutes); waiting for the worker's sweep to close the in-flight rows and re-enqueue the abandoned claims…`,
        );
        await waitFor('no queued rows', 10 * 60_000, async () => (await statusCounts(db, newsletterId)).queued === 0, 1000);
        // The sweep's rule, applied by the harness with the same simulated now (the worker's sweep has usually done it already).
        const simulatedNow = new Date(Date.now() + simulatedOffsetMs);
        harnessInterrupted = await repository.failExpiredLeases(simulatedNow, NEWSLETTER_INTERRUPTED_REASON, 1_000_000);
        log(`harness: failExpiredLeases(now = real now + ${simulatedOffsetMs / 1000} s, SIMULATED) closed ${harnessInterrupted} more rows`);
        // Rows of the live final worker(s) still in flight finish on their own (their lease is simulated now + 5 min).
        await waitFor('no sending rows', 60_000, async () => (await statusCounts(db, newsletterId)).sending === 0, 500);
        // Each engine run ends with completeFinished for its newsletter; give the last one a moment, then do it ourselves.
        await waitFor('the newsletter to be sent', 5000, async () => (await newsletterStatus(db, newsletterId)) === 'sent', 250).catch(() => undefined);
        if ((await newsletterStatus(db, newsletterId)) === 'sending') {
          const done = await repository.completeFinished(new Date(Date.now() + simulatedOffsetMs), newsletterId);
          completedBy = done.length === 1 ? 'the harness (completeFinished, simulated now)' : 'nobody';
        }
      } finally {
        for (const worker of finals) await worker.stop();
      }
    }
    const after = await statusCounts(db, newsletterId);
    const status = await newsletterStatus(db, newsletterId);
    log(`final phase ${((Date.now() - finalStart) / 1000).toFixed(0)} s: ${JSON.stringify(after)}; newsletter ${status} (completed by ${completedBy})`);

    // --- compare the sink's log with the database ---------------------------------------------------------------
    await sink.stop();
    const logLines = readFileSync(logFile, 'utf8').split('\n').filter((l) => l.length > 0);
    const c = await compare(db, newsletterId, logLines);
    // The checks must be able to fail: on a tampered copy of the log (first line repeated, the line of one `sent` row
    // dropped) they have to find at least one duplicate and one missing row.
    const { rows: oneSent } = await db.query(`SELECT message_id FROM newsletter_deliveries WHERE newsletter_id = $1 AND status = 'sent' LIMIT 1`, [
      newsletterId,
    ]);
    const dropped = oneSent[0]?.message_id as string | undefined;
    // The repeated line must be another message's: if it were the dropped row's own line, the tampering would cancel out.
    const kept = logLines.filter((l) => !dropped || !l.startsWith(`${dropped}\t`));
    const tampered = await compare(db, newsletterId, [...kept, kept[0] ?? '']);
    const checkerWorks =
      tampered.duplicateMessageIds.length > 0 && tampered.sentNotLogged.length > 0 && tampered.lostRecipients.length > 0;
    log(`checker self-test on a tampered copy of the log: ${checkerWorks ? 'detects' : 'DOES NOT DETECT'} a repeated line and a dropped sent row`);
    const duplicates = c.duplicateMessageIds.length + c.duplicateRecipients.length;
    const missing = c.notFinal.length + c.sentNotLogged.length + c.badLogEntries.length + c.lostRecipients.length;
    const leftInFlight = kills.reduce((sum, k) => sum + k.inFlight, 0) + stopped.reduce((sum, k) => sum + k.inFlight, 0);
    const byWorkerSweep = c.interrupted - harnessInterrupted;
    log(`sink log: ${c.logLines} lines; database: ${c.rows} rows (${after.sent} sent, ${after.failed} failed of which ${after.interrupted} interrupted, ${after.skipped} skipped)`);
    log(`duplicates: ${c.duplicateMessageIds.length} Message-IDs and ${c.duplicateRecipients.length} recipients more than once in the log`);
    log(
      `missing: ${c.notFinal.length} rows not final, ${c.sentNotLogged.length} sent rows absent from the log, ` +
        `${c.badLogEntries.length} log entries without a sent/interrupted row, ${c.lostRecipients.length} recipients neither logged nor interrupted`,
    );
    log(
      `in-flight rule: ${c.interrupted} rows failed as interrupted (${byWorkerSweep} by the worker's own sweep, ${harnessInterrupted} by the harness's ` +
        `failExpiredLeases); the sink received ${c.interruptedDelivered} of them, ${c.interruptedNotDelivered} not; the killed (and stopped) workers left ${leftInFlight} rows in flight`,
    );
    const consistent =
      leftInFlight === c.interrupted &&
      [...c.interruptedByDeadWorker.keys()].every((pid) => kills.some((k) => k.pid === pid) || stopped.some((k) => k.pid === pid));
    if (!consistent) {
      log(`INCONSISTENT: interrupted rows by pid ${JSON.stringify([...c.interruptedByDeadWorker])} vs in flight at each kill ${JSON.stringify(kills.map((k) => [k.pid, k.inFlight]))}`);
    }
    if (fastForwards.length > 0) {
      log(`simulated time during the kill phase: ${fastForwards.map((f) => `before kill ${f.beforeKill} +${f.offsetMs / 1000} s`).join(', ')}`);
    }
    const show = <T>(label: string, list: T[]) => {
      if (list.length > 0) log(`${label} (${list.length}, first 10): ${JSON.stringify(list.slice(0, 10))}`);
    };
    show('duplicate Message-IDs', c.duplicateMessageIds);
    show('duplicate recipients', c.duplicateRecipients);
    show('rows not final', c.notFinal);
    show('sent rows absent from the log', c.sentNotLogged);
    show('bad log entries', c.badLogEntries);
    show('lost recipients', c.lostRecipients);

    const problems: string[] = [];
    if (c.rows !== RECIPIENTS) problems.push(`${c.rows} rows instead of ${RECIPIENTS}`);
    if (status !== 'sent') problems.push(`newsletter is ${status}, not sent`);
    if (!consistent) problems.push('interrupted rows do not match the rows the killed workers left in flight');
    if (!checkerWorks) problems.push('the checker self-test failed');
    const summary =
      `${duplicates} duplicates, ${missing} missing (${RECIPIENTS} recipients, ${kills.length} kills, ${c.interrupted} interrupted: ` +
      `${c.interruptedDelivered} delivered, ${c.interruptedNotDelivered} not delivered, seed ${SEED})`;
    if (duplicates > 0 || missing > 0 || problems.length > 0) {
      console.log(`chaos FAILED: ${summary}${problems.length ? ` [${problems.join('; ')}]` : ''}`);
      return 1;
    }
    if (invalid.length > 0 || kills.length !== KILLS) {
      for (const reason of invalid) log(`invalid: ${reason}`);
      console.log(`chaos INVALID: ${summary} [${invalid.join('; ')}]`);
      return 2;
    }
    console.log(`chaos ok: ${summary}`);
    return 0;
  } finally {
    for (const worker of workers) await worker.stop(5000).catch(() => undefined);
    await sink.stop().catch(() => undefined);
    await dispatcher.close().catch(() => undefined);
    await db.end().catch(() => undefined);
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
