/**
 * npm run bench:newsletter [-- --reseed] [-- --swc]
 *
 * Delivery throughput of the newsletter engine (issue 6) against plain nodemailer, in one run:
 *
 * 1. Kring: one organisation with BENCH_RECIPIENTS (100,000) eligible alumni, a quarter English (fixture.ts). The REAL
 *    worker app runs as its own process: the production build (`npm run build:server` first, then
 *    `node dist/server/apps/worker/src/main.js`), or with `-- --swc` the sources through @swc-node/register
 *    (`node -r @swc-node/register apps/worker/src/main.ts`, with the TypeScript compiler in memory); it is
 *    configured by environment only (DATABASE_URL, SMTP_URL, MAIL_POOL_CONNECTIONS=BENCH_POOL (5),
 *    MAIL_RATE_PER_SECOND=10000, DATABASE_POOL_MAX=10). An SMTP sink runs in another process (sink.ts). "Send now" (NewsletterDispatcher.start: deliveries + status `sending` +
 *    jobs, one transaction) runs in this process; the clock starts when it has committed and stops when the engine marks
 *    the newsletter `sent` (it does so only when SQL counts no row `queued` or `sending`; the bench polls that one row,
 *    and counts the delivery rows only every 10 s for progress, so the harness adds no load to Kring's side). Then every row must be `sent` and the sink must have
 *    counted exactly BENCH_RECIPIENTS messages. The worker's peak RSS (VmHWM in /proc/<pid>/status, sampled while it
 *    runs) is reported.
 * 2. Raw: the same messages (every delivery row rendered beforehand by the same render code: subject, HTML, text,
 *    Message-ID, List-Unsubscribe headers with signed links) sent from this process by a nodemailer pooled transport
 *    with the same number of connections, BENCH_RAW_IN_FLIGHT (64) sendMail calls in flight, to the same sink.
 *
 * Targets: Kring's rate at least 0.7 × the raw rate, worker RSS under 200 MB. The last line states the result and
 * its inputs; the exit code is 1 when a target is missed or a check fails.
 * Embedded PostgreSQL in .data/bench/newsletter-send-postgres on BENCH_SEND_PORT (54344, loopback), reused between
 * runs (`-- --reseed` rebuilds the audience). BENCH_WORKER_NODE_ARGS adds node flags for the worker.
 * The built worker's V8 old space is capped at BENCH_WORKER_HEAP_MB (96; `0` = node's default; with --swc the default
 * is 0): without a cap V8 lets the heap grow lazily while there is memory to spare (the built worker reached 261 MB
 * with node's default, 156 MB with 96; swc-node with 96 crawled at 128 msg/s in GC).
 */
import { readdirSync, readFileSync } from 'node:fs';
import nodemailer from 'nodemailer';
import { Client } from 'pg';
import { compileNewsletter, signMailingLink, type CompiledNewsletter } from '@kring/server-mailings';
import type { Locale } from '@kring/shared-domain';
import { BENCH_PUBLIC_URL, buildServer, openDispatcher, resetNewsletter, seedNewsletterAudience, startBenchDatabase, startWorkerProcess, type SeededNewsletter } from './fixture';
import { startSinkProcess } from './sink';

const PORT = Number(process.env['BENCH_SEND_PORT'] ?? 54344);
const PEOPLE = Number(process.env['BENCH_RECIPIENTS'] ?? 100_000);
const POOL = Number(process.env['BENCH_POOL'] ?? 5);
const RATE = Number(process.env['BENCH_RATE'] ?? 10_000);
const RAW_IN_FLIGHT = Number(process.env['BENCH_RAW_IN_FLIGHT'] ?? 64);
const WORKER_ENV: Record<string, string> = {
  MAIL_POOL_CONNECTIONS: String(POOL),
  MAIL_RATE_PER_SECOND: String(RATE),
  DATABASE_POOL_MAX: process.env['BENCH_WORKER_DB_POOL'] ?? '10',
};
/** Extra node flags for the worker, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to see where its time goes. */
/** `-- --swc`: the worker from its sources through @swc-node/register instead of the production build. */
const SWC = process.argv.includes('--swc');
/** 96 MB for the built worker; none for swc-node, whose heap holds the TypeScript compiler (96 MB made it thrash GC). */
const WORKER_HEAP_MB = Number(process.env['BENCH_WORKER_HEAP_MB'] ?? (SWC ? 0 : 96));
const WORKER_NODE_ARGS = [
  ...(WORKER_HEAP_MB > 0 ? [`--max-old-space-size=${WORKER_HEAP_MB}`] : []),
  ...(process.env['BENCH_WORKER_NODE_ARGS'] ?? '').split(' ').filter(Boolean),
];
const TARGET_RATIO = 0.7;
const TARGET_RSS_MB = 200;
const MAIL_FROM = 'Kring <no-reply@kring.localhost>';
const STALL_S = Number(process.env['BENCH_STALL_S'] ?? 60);
const WORKER_MODE = `${SWC ? 'swc-node' : 'built'}${WORKER_HEAP_MB > 0 ? `, --max-old-space-size=${WORKER_HEAP_MB}` : ''}`;

interface PreRendered {
  to: string;
  subject: string;
  html: string;
  text: string;
  messageId: string;
  headers: Record<string, string>;
}

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));

/** CPU seconds (user + system) of a process from /proc/<pid>/stat, 0 when it is gone. */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** PostgreSQL backends serving `database` (their command line names it), with their CPU seconds. */
function postgresBackends(database: string): Map<number, number> {
  const found = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.startsWith('postgres:') && cmdline.includes(` ${database} `)) found.set(Number(entry), cpuSeconds(Number(entry)));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** CPU used by the sink, this process, a worker and the bench database's backends between start() and stop(). */
function cpuMeter(database: string, pids: () => { sink: number; worker?: number }) {
  const take = () => {
    const p = pids();
    return { sink: cpuSeconds(p.sink), bench: process.cpuUsage(), worker: p.worker ? cpuSeconds(p.worker) : 0, pg: postgresBackends(database) };
  };
  const before = take();
  let pgSeen = new Map(before.pg);
  const poll = setInterval(() => {
    for (const [pid, cpu] of postgresBackends(database)) pgSeen.set(pid, cpu);
  }, 1000);
  return () => {
    clearInterval(poll);
    const after = take();
    for (const [pid, cpu] of after.pg) pgSeen.set(pid, cpu);
    let pg = 0;
    for (const [pid, cpu] of pgSeen) pg += cpu - (before.pg.get(pid) ?? 0);
    pgSeen = new Map();
    const bench = process.cpuUsage(before.bench);
    return {
      sink: after.sink - before.sink,
      worker: after.worker - before.worker,
      bench: (bench.user + bench.system) / 1e6,
      postgres: pg,
    };
  };
}

const cpuText = (c: Record<string, number>, n: number) =>
  Object.entries(c)
    .filter(([, v]) => v > 0.05)
    .map(([k, v]) => `${k} ${v.toFixed(1)} s (${((v / n) * 1e6).toFixed(0)} µs/msg)`)
    .join(', ');

async function countRows(client: Client, newsletterId: string) {
  const [row] = (
    await client.query(
      `SELECT count(*) FILTER (WHERE status IN ('queued', 'sending'))::int AS open, count(*) FILTER (WHERE status = 'sent')::int AS sent,
              count(*)::int AS total
         FROM newsletter_deliveries WHERE newsletter_id = $1`,
      [newsletterId],
    )
  ).rows as { open: number; sent: number; total: number }[];
  return row!;
}

/** Every delivery row of the newsletter as the engine renders it (same code, same links, same headers). */
async function preRender(client: Client, seeded: SeededNewsletter): Promise<PreRendered[]> {
  const [org] = (await client.query(`SELECT name, default_locale AS "defaultLocale", link_secret AS secret FROM organisations WHERE id = $1`, [seeded.org]))
    .rows as { name: string; defaultLocale: Locale; secret: Buffer }[];
  const compiled = new Map<string, CompiledNewsletter>();
  const variants = await client.query(
    `SELECT locale, subject, preheader, body_markdown AS "bodyMarkdown" FROM newsletter_variants WHERE newsletter_id = $1`,
    [seeded.newsletterId],
  );
  for (const v of variants.rows) compiled.set(v.locale, compileNewsletter(org!, v));
  const fromAddress = /<([^>]+)>/.exec(MAIL_FROM)![1]!;
  const { rows } = await client.query(
    `SELECT d.id, d.person_id AS "personId", d.email, d.locale, d.message_id AS "messageId", p.first_name AS "firstName"
       FROM newsletter_deliveries d JOIN people p ON p.id = d.person_id WHERE d.newsletter_id = $1 ORDER BY d.id`,
    [seeded.newsletterId],
  );
  return rows.map((row: { id: string; personId: string; email: string; locale: string; messageId: string; firstName: string }) => {
    const variant = compiled.get(row.locale)!;
    const token = signMailingLink(org!.secret, { organisationId: seeded.org, personId: row.personId, deliveryId: row.id });
    const unsubscribeUrl = `${BENCH_PUBLIC_URL}/api/public/mailings/unsubscribe?token=${encodeURIComponent(token)}&topic=${variant.topic}`;
    const preferencesUrl = `${BENCH_PUBLIC_URL}/preferences/manage?token=${encodeURIComponent(token)}`;
    const rendered = variant.personalise({ firstName: row.firstName, unsubscribeUrl, preferencesUrl, deliveryId: row.id, token, personal: null });
    return {
      to: row.email,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      messageId: row.messageId,
      headers: {
        'List-Unsubscribe': `<${unsubscribeUrl}>, <mailto:${fromAddress}?subject=${encodeURIComponent(`unsubscribe newsletter ${token}`)}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        Precedence: 'bulk',
        'X-Kring-Kind': variant.kind,
      },
    };
  });
}

/** The baseline: a nodemailer pooled transport, same connection count, a window of sendMail calls in flight. */
async function rawLoop(port: number, messages: PreRendered[]): Promise<number> {
  const transporter = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, pool: true, maxConnections: POOL, maxMessages: Infinity });
  try {
    await transporter.verify();
    let next = 0;
    const started = process.hrtime.bigint();
    const lane = async () => {
      while (next < messages.length) {
        const m = messages[next++]!;
        await transporter.sendMail({ from: MAIL_FROM, to: m.to, subject: m.subject, html: m.html, text: m.text, headers: m.headers, messageId: m.messageId });
      }
    };
    await Promise.all(Array.from({ length: RAW_IN_FLIGHT }, lane));
    return Number(process.hrtime.bigint() - started) / 1e9;
  } finally {
    transporter.close();
  }
}

async function main(): Promise<number> {
  const problems: string[] = [];
  if (!SWC) buildServer((line) => console.log(`bench: ${line}`));
  console.log(`bench: embedded PostgreSQL in .data/bench/newsletter-send-postgres on 127.0.0.1:${PORT}`);
  const db = await startBenchDatabase('newsletter-send-postgres', { port: PORT });
  const client = new Client({ connectionString: db.url });
  await client.connect();
  const sink = await startSinkProcess();
  let worker: ReturnType<typeof startWorkerProcess> | undefined;
  try {
    const seeded = await seedNewsletterAudience(db.url, { people: PEOPLE, reseed: process.argv.includes('--reseed') });
    await resetNewsletter(db.url, seeded);
    console.log(`bench: sink (pid ${sink.pid}) on 127.0.0.1:${sink.port}; starting the worker app (${WORKER_MODE}, pool ${POOL}, rate ${RATE}/s)…`);
    worker = startWorkerProcess({ databaseUrl: db.url, smtpUrl: `smtp://127.0.0.1:${sink.port}`, env: WORKER_ENV, nodeArgs: WORKER_NODE_ARGS, built: !SWC });
    await worker.ready;
    const idle = worker.memory();
    if (idle) console.log(`bench: worker (${WORKER_MODE}, pid ${worker.pid}) ready, idle VmRSS ${mb(idle.rss)} MB`);
    const dispatcher = await openDispatcher(db.url);

    // 1. Kring.
    let peak = { rss: 0, hwm: 0 };
    const sample = () => {
      const m = worker!.memory();
      if (m) peak = { rss: Math.max(peak.rss, m.rss), hwm: Math.max(peak.hwm, m.hwm) };
    };
    const sampler = setInterval(sample, 250);
    await sink.reset();
    const kringCpu = cpuMeter(db.database, () => ({ sink: sink.pid, worker: worker!.pid }));
    const enqueueStarted = process.hrtime.bigint();
    const recipients = await dispatcher.start(seeded);
    const t0 = process.hrtime.bigint();
    console.log(`bench: kring: ${recipients} recipients enqueued in ${(Number(t0 - enqueueStarted) / 1e9).toFixed(2)} s; sending…`);
    await dispatcher.close();
    // The clock stops when the engine marks the newsletter `sent`, which it does only when SQL counts every row final
    // (completeFinished); the counts are checked below. Polling that one row costs the database next to nothing; an
    // earlier version counted the 100k delivery rows every 100 ms, which cost ~15 s of PostgreSQL CPU on Kring's side only.
    let lastOpen = -1;
    let lastChange = Date.now();
    let lastCount = 0;
    for (;;) {
      const done = (await client.query(`SELECT status = 'sent' AS done FROM newsletters WHERE id = $1`, [seeded.newsletterId])).rows[0]?.done;
      if (done) break;
      if (Date.now() - lastCount >= 10_000) {
        lastCount = Date.now();
        const { open, sent } = await countRows(client, seeded.newsletterId);
        if (open !== lastOpen) {
          lastOpen = open;
          lastChange = Date.now();
        } else if (Date.now() - lastChange > STALL_S * 1000) {
          const jobs = await client.query(`SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = 'newsletter-send' GROUP BY state`);
          const activity = await client.query(
            `SELECT state, wait_event, now() - query_start AS running, left(query, 200) AS query FROM pg_stat_activity
              WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'`,
          );
          throw new Error(
            `bench: no progress for ${STALL_S} s (${open} rows open). Jobs: ${JSON.stringify(jobs.rows)}; active queries: ${JSON.stringify(activity.rows)}\n` +
              `Worker output:\n${worker.output().slice(-3000)}`,
          );
        }
        const s = Number(process.hrtime.bigint() - t0) / 1e9;
        if (s >= 5) console.log(`bench: kring: ${sent} sent after ${s.toFixed(0)} s (${Math.round(sent / s)} msg/s), rss ${mb(peak.rss)} MB`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const kringSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const kringCpuUsed = kringCpu();
    sample();
    clearInterval(sampler);
    const final = await countRows(client, seeded.newsletterId);
    const kringCount = await sink.count();
    const status = (await client.query(`SELECT status FROM newsletters WHERE id = $1`, [seeded.newsletterId])).rows[0]?.status;
    console.log(
      `bench: kring: ${final.sent}/${final.total} rows sent in ${kringSeconds.toFixed(1)} s, sink counted ${kringCount}, newsletter ${status}, ` +
        `worker VmHWM ${mb(peak.hwm)} MB (max VmRSS sampled ${mb(peak.rss)} MB)`,
    );
    console.log(`bench: kring cpu (incl. the enqueue): ${cpuText(kringCpuUsed, PEOPLE)}`);
    if (final.total !== PEOPLE || final.sent !== PEOPLE) problems.push(`expected ${PEOPLE} rows all sent, got ${final.sent}/${final.total}`);
    if (kringCount !== PEOPLE) problems.push(`sink counted ${kringCount} messages from kring, expected ${PEOPLE}`);
    const workerExit = await worker.stop();
    // Nest re-raises SIGTERM after its graceful close, so a clean stop ends with SIGTERM (or 0); SIGKILL means it hung.
    if (workerExit !== 0 && workerExit !== 'SIGTERM') problems.push(`worker did not stop within its grace period (${workerExit})`);

    // 2. Raw nodemailer, same messages, same sink.
    const messages = await preRender(client, seeded);
    await sink.reset();
    global.gc?.();
    const rawCpu = cpuMeter(db.database, () => ({ sink: sink.pid }));
    const rawSeconds = await rawLoop(sink.port, messages);
    const rawCpuUsed = rawCpu();
    const rawCount = await sink.count();
    console.log(`bench: raw: ${messages.length} messages in ${rawSeconds.toFixed(1)} s, sink counted ${rawCount}`);
    console.log(`bench: raw cpu: ${cpuText(rawCpuUsed, messages.length)}`);
    if (rawCount !== messages.length) problems.push(`sink counted ${rawCount} messages from the raw loop, expected ${messages.length}`);

    const kringRate = PEOPLE / kringSeconds;
    const rawRate = messages.length / rawSeconds;
    const ratio = kringRate / rawRate;
    if (ratio < TARGET_RATIO) problems.push(`ratio ${ratio.toFixed(2)} < ${TARGET_RATIO}`);
    if (mb(peak.hwm) >= TARGET_RSS_MB) problems.push(`worker rss ${mb(peak.hwm)} MB >= ${TARGET_RSS_MB} MB`);
    for (const problem of problems) console.log(`bench: FAILED: ${problem}`);
    console.log(
      `ratio ${ratio.toFixed(2)} (kring ${Math.round(kringRate)} msg/s, raw ${Math.round(rawRate)} msg/s, worker rss ${mb(peak.hwm)} MB, ${PEOPLE} recipients, worker ${WORKER_MODE})`,
    );
    return problems.length ? 1 : 0;
  } finally {
    if (worker) await worker.stop();
    await sink.stop();
    await client.end();
    await db.stop();
  }
}

// Exit explicitly: the embedded PostgreSQL's exit hooks would otherwise end the process with 0 whatever exitCode says.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
