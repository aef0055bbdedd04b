/**
 * npm run bench:dashboard [-- --regenerate] [-- --generate-only]
 *
 * The HR dashboard's KPI endpoints (issue 7) against 1M referrals, 10M touchpoints and 50 organisations: every
 * GET /api/insights/* endpoint must answer under 50 ms at the 95th percentile. The dataset (bench/dashboard/generate.ts)
 * lives in its own embedded PostgreSQL in .data/bench/dashboard-postgres and is generated once (keyed by the
 * generator version; --regenerate forces it; --generate-only stops after the check). Before measuring, the rollups of a
 * sample organisation (after generating: also the big one) are checked against a recount (the run fails when they differ).
 *
 * The real API (apps/api/src/main.ts, NODE_ENV=production, LOG_LEVEL=warn) is started against the dataset; HR of the
 * biggest organisation (35 % of all data) and of four others sign in; after a warm-up, every endpoint is called
 * BENCH_REQUESTS times (200) with BENCH_CONCURRENCY requests in flight (2), cycling through filters a dashboard
 * uses: the default period (last twelve months), the last 24 months, a calendar quarter, a programme, a department
 * and a programme with a department, for the big organisation on four of every five requests. Latency is measured by
 * the client (request sent → body read). Prints p50/p95/max per endpoint and ends with one line giving the slowest
 * p95 and the data size; exits 1 when any p95 is 50 ms or more.
 *
 *   BENCH_REQUESTS=200 BENCH_CONCURRENCY=2 BENCH_DASHBOARD_PORT=54351 override the defaults
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { migrate } from '@kring/server-database';
import { KPI_NAMES } from '@kring/server-insights';
import { dashboardDatabase, ROOT } from './db';
import { BENCH_PASSWORD, DATASET, DEPARTMENTS, generate, GENERATOR_VERSION, hrEmail, isGenerated, verifyRollups } from './generate';

const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 200);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 2);
const WARMUP_ROUNDS = 1;
const TARGET_MS = 50;
/** Organisation 1 is the big one; the others are spread over the size curve. */
const ORGANISATIONS = [1, 2, 5, 20, 50];

/** Every KPI endpoint: GET /api/insights/<name>. */
const KPI_ENDPOINTS = KPI_NAMES;

const log = (line: string) => console.log(line);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Session {
  o: number;
  cookie: string;
  programmes: string[];
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startApi(databaseUrl: string, storage: string): Promise<{ child: ChildProcess; baseUrl: string; output: string[] }> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseUrl,
      DATABASE_URL: databaseUrl,
      SMTP_URL: 'smtp://127.0.0.1:1',
      LOG_LEVEL: 'warn',
      RATE_LIMITS_ENABLED: 'false',
      STORAGE_DIR: storage,
      KRING_PROCESS_NAME: 'kring-bench-dashboard-api',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited (${child.exitCode}):\n${output.join('')}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { child, baseUrl, output };
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  child.kill('SIGKILL');
  throw new Error(`API did not become healthy within 90 s:\n${output.join('')}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function signIn(baseUrl: string, db: Client): Promise<Session[]> {
  const sessions: Session[] = [];
  for (const o of ORGANISATIONS) {
    const response = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'kring-bench-dashboard' },
      body: JSON.stringify({ email: hrEmail(o), password: BENCH_PASSWORD }),
    });
    if (response.status !== 200) throw new Error(`login ${hrEmail(o)}: ${response.status} ${await response.text()}`);
    const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]!).join('; ');
    const { rows } = await db.query<{ id: string }>(
      `SELECT p.id FROM programmes p JOIN organisations g ON g.id = p.organisation_id WHERE g.slug = $1 ORDER BY p.kind DESC`,
      [`dash-bench-${o}`],
    );
    sessions.push({ o, cookie, programmes: rows.map((r) => r.id) });
  }
  return sessions;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The filters a dashboard user switches between; i picks one (and the organisation) deterministically. */
function queryFor(i: number, s: Session): string {
  const today = new Date();
  const q = new URLSearchParams();
  switch (i % 6) {
    case 0: // default: the last twelve months
      break;
    case 1: {
      const from = new Date(today);
      from.setUTCMonth(from.getUTCMonth() - 24);
      q.set('from', isoDay(from));
      q.set('to', isoDay(today));
      break;
    }
    case 2: {
      const quarterStart = new Date(Date.UTC(today.getUTCFullYear(), Math.floor(today.getUTCMonth() / 3) * 3 - 3, 1));
      const quarterEnd = new Date(Date.UTC(quarterStart.getUTCFullYear(), quarterStart.getUTCMonth() + 3, 0));
      q.set('from', isoDay(quarterStart));
      q.set('to', isoDay(quarterEnd));
      break;
    }
    case 3:
      q.set('programmeId', s.programmes[i % s.programmes.length]!);
      break;
    case 4:
      q.set('department', DEPARTMENTS[i % DEPARTMENTS.length]!);
      break;
    default:
      q.set('programmeId', s.programmes[0]!);
      q.set('department', DEPARTMENTS[(i >> 1) % DEPARTMENTS.length]!);
  }
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** Four of every five requests go to the big organisation; the fifth to one of the others in turn. */
const sessionFor = (i: number, sessions: Session[]) => (i % 5 === 4 ? sessions[1 + ((i / 5) | 0) % (sessions.length - 1)]! : sessions[0]!);

/** The floor: the cheapest authenticated request (session lookup, one small query), measured the same way. */
const BASELINE = 'auth/session';
const pathOf = (endpoint: string) => (endpoint === BASELINE ? `/api/${BASELINE}` : `/api/insights/${endpoint}`);

async function call(baseUrl: string, endpoint: string, s: Session, query: string): Promise<number> {
  const url = `${pathOf(endpoint)}${endpoint === BASELINE ? '' : query}`;
  const started = performance.now();
  const response = await fetch(`${baseUrl}${url}`, { headers: { cookie: s.cookie } });
  const body = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`GET ${url} (organisation ${s.o}): ${response.status} ${body.slice(0, 500)}`);
  return ms;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

async function measure(baseUrl: string, endpoint: string, sessions: Session[], requests: number): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests) {
      const i = next++;
      const s = sessionFor(i, sessions);
      times.push(await call(baseUrl, endpoint, s, queryFor(i, s)));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return times.sort((a, b) => a - b);
}

async function dataSize(db: Client): Promise<{ referrals: number; touchpoints: number; organisations: number; bytes: number; generationSeconds: number }> {
  const { rows } = await db.query(
    `SELECT (SELECT count(*) FROM referrals)::int AS referrals, (SELECT count(*) FROM touchpoints)::int AS touchpoints,
            (SELECT count(*) FROM organisations)::int AS organisations, pg_database_size(current_database())::bigint AS bytes,
            (SELECT (value->>'generationSeconds')::int FROM bench_dashboard_dataset WHERE key = 'dataset') AS "generationSeconds"`,
  );
  return { ...rows[0], bytes: Number(rows[0].bytes) };
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

async function main(): Promise<void> {
  const db = await dashboardDatabase(log);
  let api: Awaited<ReturnType<typeof startApi>> | undefined;
  const storage = mkdtempSync(path.join(os.tmpdir(), 'kring-bench-dashboard-'));
  let exitCode = 0;
  try {
    const fresh = process.argv.includes('--regenerate') || !(await withClient(db.url, isGenerated));
    if (fresh) {
      log(`bench: generating the dataset (generator v${GENERATOR_VERSION}: ${DATASET.referrals} referrals, ${DATASET.touchpoints} touchpoints, ${DATASET.organisations} organisations)…`);
      const seconds = await generate(db.url, log);
      log(`bench: dataset generated in ${seconds.toFixed(0)} s`);
    } else {
      // Migrations added since (e.g. new indexes) are applied to the kept dataset.
      const ran = await migrate(db.url, () => undefined);
      log(`bench: reusing the dataset of generator v${GENERATOR_VERSION} (--regenerate rebuilds it)${ran.length ? `; applied ${ran.join(', ')}` : ''}`);
      // Twice: the first pass cannot mark the pages of the migrations' rows all-visible while an autovacuum ANALYZE of
      // those tables still holds an older snapshot, and index-only scans on them would then visit the heap.
      if (ran.length) await withClient(db.url, async (c) => (await c.query('VACUUM (ANALYZE)'), await c.query('VACUUM')));
    }
    // After generating: the big organisation and a mid-sized one; on reuse the mid-sized one (the big one takes a minute).
    await verifyRollups(db.url, fresh ? [1, 23] : [23], log);
    if (process.argv.includes('--generate-only')) return;

    const size = await withClient(db.url, dataSize);
    log(`bench: starting the API (NODE_ENV=production, LOG_LEVEL=warn)`);
    api = await startApi(db.url, storage);
    const baseUrl = api.baseUrl;
    const sessions = await withClient(db.url, (c) => signIn(baseUrl, c));

    log(`bench: warm-up (${WARMUP_ROUNDS} rounds of every endpoint and filter)…`);
    for (const endpoint of KPI_ENDPOINTS) {
      for (let i = 0; i < WARMUP_ROUNDS * 6 * sessions.length; i++) {
        const s = sessions[i % sessions.length]!;
        await call(api.baseUrl, endpoint, s, queryFor(i, s));
      }
    }
    log(`bench: ${REQUESTS} requests per endpoint, ${CONCURRENCY} in flight`);
    const results: Array<{ endpoint: string; p50: number; p95: number; max: number }> = [];
    const floor = await measure(api.baseUrl, BASELINE, sessions, REQUESTS);
    log(`  floor (GET /api/${BASELINE}): p50 ${quantile(floor, 0.5).toFixed(1)} ms, p95 ${quantile(floor, 0.95).toFixed(1)} ms`);
    for (const endpoint of KPI_ENDPOINTS) {
      const times = await measure(api.baseUrl, endpoint, sessions, REQUESTS);
      results.push({ endpoint, p50: quantile(times, 0.5), p95: quantile(times, 0.95), max: times[times.length - 1]! });
      log(`  ${endpoint}: p50 ${results.at(-1)!.p50.toFixed(1)} ms, p95 ${results.at(-1)!.p95.toFixed(1)} ms`);
    }
    const width = Math.max(...results.map((r) => r.endpoint.length)) + 'GET /api/insights/'.length + 8;
    log('');
    log(`${'endpoint'.padEnd(width)}  ${'p50 ms'.padStart(7)}  ${'p95 ms'.padStart(7)}  ${'max ms'.padStart(7)}`);
    for (const r of results) {
      const flag = r.p95 >= TARGET_MS ? '  ✗' : '';
      log(`${`GET /api/insights/${r.endpoint}`.padEnd(width)}  ${r.p50.toFixed(1).padStart(7)}  ${r.p95.toFixed(1).padStart(7)}  ${r.max.toFixed(1).padStart(7)}${flag}`);
    }
    log(`${`GET /api/${BASELINE} (floor, not a KPI)`.padEnd(width)}  ${quantile(floor, 0.5).toFixed(1).padStart(7)}  ${quantile(floor, 0.95).toFixed(1).padStart(7)}  ${floor[floor.length - 1]!.toFixed(1).padStart(7)}`);
    log('');
    log(
      `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}, ` +
        `Node ${process.version}, PostgreSQL ${db.postgresVersion}; data generated in ${size.generationSeconds} s`,
    );
    const slowest = results.reduce((a, b) => (b.p95 > a.p95 ? b : a));
    if (slowest.p95 >= TARGET_MS) exitCode = 1;
    log(
      `slowest p95 ${slowest.p95.toFixed(1)} ms (GET /api/insights/${slowest.endpoint}; ${size.referrals} referrals, ${size.touchpoints} touchpoints, ` +
        `${size.organisations} organisations, db ${(size.bytes / 2 ** 30).toFixed(1)} GB)`,
    );
  } finally {
    if (api) await stopProcess(api.child);
    rmSync(storage, { recursive: true, force: true });
    await db.stop();
  }
  process.exitCode = exitCode;
}

main().then(() => process.exit(process.exitCode ?? 0)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
