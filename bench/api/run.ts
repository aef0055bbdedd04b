/**
 * npm run bench:api [-- --reseed] [-- --capture]
 *
 * Loopback-only load test of the API in its production shape (NODE_ENV=production, LOG_LEVEL=warn,
 * RATE_LIMITS_ENABLED=false) against the bench dataset, and of a bare Fastify + pg handler executing the same
 * SQL (bench/api/bare-server.ts). For each side, one after the other: sign in many employees spread over the
 * organisations, warm up, then per endpoint 10 s at maximum throughput (32 connections) and 10 s at a fixed
 * 500 requests/s. Ends with one summary line.
 *
 *   --reseed      regenerate the dataset first
 *   --capture     instead of the load test, log every SQL statement Kring sends for one submission and one
 *                 search (log_statement=all) and print them: the bare handler must execute the same ones
 *   BENCH_DURATION=10 BENCH_CONNECTIONS=32 BENCH_RATE=500 BENCH_SESSIONS=400 override the defaults
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { benchDatabase, ROOT } from './db';
import { BENCH_PASSWORD, DATASET, DEACTIVATED_EVERY, employeeEmail, ensureDataset, HIRING_TEAM_MAX, sizes } from './seed';

const DURATION = Number(process.env['BENCH_DURATION'] ?? 10);
const WARMUP = Number(process.env['BENCH_WARMUP'] ?? 4);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 32);
const RATE = Number(process.env['BENCH_RATE'] ?? 500);
const SESSIONS = Number(process.env['BENCH_SESSIONS'] ?? 400);
/** Same pool size on both sides: Kring's DATABASE_POOL_MAX default. */
const POOL_MAX = Number(process.env['BENCH_POOL_MAX'] ?? 10);
/** Dutch and English terms; each hits vacancies in every organisation. */
export const SEARCH_TERMS = [
  'verpleegkundige', 'developer', 'zorg', 'engineer', 'logistiek', 'teamleider', 'python', 'klantenservice',
  'financieel', 'marketing', 'monteur', 'data', 'customer', 'salaris', 'postgresql', 'docent',
];
const CANDIDATE_DOMAIN = 'kandidaat.bench.example';

const log = (line: string) => console.log(line);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Session {
  organisation: number;
  cookie: string;
  csrf: string;
  vacancyIds: string[];
}

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  total: number;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** An SMTP peer that accepts and discards everything (the API only enqueues; nothing should arrive). */
async function startSmtpSink(): Promise<{ port: number; stop: () => Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('end', () => callback());
      stream.resume();
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

const outputs = new Map<ChildProcess, string[]>();

async function startProcess(name: string, args: string[], env: NodeJS.ProcessEnv, port: number, healthPath: string): Promise<ChildProcess> {
  // BENCH_PROFILE=1: V8 CPU profiles of both servers in .data/bench/profiles (open in Chrome DevTools).
  const profile = process.env['BENCH_PROFILE'] ? ['--cpu-prof', `--cpu-prof-dir=${path.join(ROOT, '.data', 'bench', 'profiles')}`] : [];
  const child = spawn(process.execPath, [...profile, '-r', '@swc-node/register', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  outputs.set(child, output);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${output.join('')}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}${healthPath}`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  child.kill('SIGKILL');
  throw new Error(`${name} did not become healthy within 60 s:\n${output.join('')}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Employees who may refer: active, not HR, not a hiring manager; spread over every organisation. */
function referrers(count: number): Array<{ organisation: number; email: string }> {
  const perOrg = Math.max(1, Math.ceil(count / DATASET.organisations));
  const out: Array<{ organisation: number; email: string }> = [];
  for (let o = 1; o <= DATASET.organisations; o++) {
    for (let m = 0, i = HIRING_TEAM_MAX + 1 + o; out.length < count && m < perOrg; i = HIRING_TEAM_MAX + 1 + ((i * 31 + 17) % (DATASET.employeesPerOrganisation - HIRING_TEAM_MAX))) {
      if (i % DEACTIVATED_EVERY === 0 || i <= HIRING_TEAM_MAX || out.some((r) => r.email === employeeEmail(o, i))) continue;
      out.push({ organisation: o, email: employeeEmail(o, i) });
      m++;
    }
  }
  return out;
}

async function openVacanciesByOrganisation(db: Client): Promise<Map<number, string[]>> {
  const { rows } = await db.query<{ o: number; ids: string[] }>(
    `SELECT substring(o.slug from 'bench-org-(\\d+)')::int AS o, array_agg(v.id ORDER BY v.created_at) AS ids
       FROM vacancies v JOIN organisations o ON o.id = v.organisation_id
      WHERE v.status = 'open' AND o.slug LIKE 'bench-org-%' GROUP BY o.slug`,
  );
  return new Map(rows.map((r) => [r.o, r.ids]));
}

/** Real logins through Kring's POST /api/auth/login; the cookies serve both sides (same database). */
async function signIn(baseUrl: string, vacancies: Map<number, string[]>): Promise<Session[]> {
  const wanted = referrers(SESSIONS);
  const sessions: Session[] = [];
  let next = 0;
  const worker = async () => {
    while (next < wanted.length) {
      const r = wanted[next++]!;
      const response = await fetch(`${baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'kring-bench' },
        body: JSON.stringify({ email: r.email, password: BENCH_PASSWORD }),
      });
      if (response.status !== 200) throw new Error(`login ${r.email}: ${response.status} ${await response.text()}`);
      const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]!);
      const csrf = cookies.find((c) => c.startsWith('kring_csrf='))!.slice('kring_csrf='.length);
      sessions.push({ organisation: r.organisation, cookie: cookies.join('; '), csrf, vacancyIds: vacancies.get(r.organisation)! });
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  // Interleave organisations so consecutive requests hit different tenants.
  return sessions.sort((a, b) => a.csrf.localeCompare(b.csrf));
}

type Endpoint = 'submission' | 'search';

function requestsFor(endpoint: Endpoint, sessions: Session[], tag: string): autocannon.Request[] {
  let n = 0;
  if (endpoint === 'submission') {
    return [
      {
        method: 'POST',
        path: '/api/referrals',
        setupRequest: (req: { headers?: Record<string, string>; body?: string | Buffer; path?: string }) => {
          const i = n++;
          const s = sessions[i % sessions.length]!;
          req.headers = { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf };
          req.body = JSON.stringify({
            vacancyId: s.vacancyIds[(i * 7) % s.vacancyIds.length],
            candidateName: `Kandidaat ${tag} ${i}`,
            candidateEmail: `bench-${tag}-${i}@${CANDIDATE_DOMAIN}`,
            relationship: 'former_colleague',
            motivation: 'Heeft drie jaar met mij samengewerkt en past uitstekend in het team.',
            candidateInformed: true,
          });
          return req;
        },
      },
    ];
  }
  return [
    {
      method: 'GET',
      path: '/api/open-vacancies',
      setupRequest: (req: { headers?: Record<string, string>; body?: string | Buffer; path?: string }) => {
        const i = n++;
        const s = sessions[i % sessions.length]!;
        req.path = `/api/open-vacancies?q=${encodeURIComponent(SEARCH_TERMS[i % SEARCH_TERMS.length]!)}`;
        req.headers = { cookie: s.cookie };
        return req;
      },
    },
  ];
}

async function load(baseUrl: string, endpoint: Endpoint, sessions: Session[], tag: string, seconds: number, rate?: number): Promise<Measured> {
  const result = await autocannon({
    url: baseUrl,
    connections: CONNECTIONS,
    duration: seconds,
    requests: requestsFor(endpoint, sessions, tag),
    ...(rate ? { overallRate: rate } : {}),
  });
  const ok = result['2xx'];
  if (ok === 0) console.error(`bench: no successful responses from ${baseUrl} (${endpoint}): ${JSON.stringify({ non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts, statusCodeStats: result.statusCodeStats, total: result.requests.total })}`);
  return {
    rps: ok / (result.duration || seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    total: result.requests.total,
  };
}

async function measureSide(side: 'kring' | 'bare', baseUrl: string, sessions: Session[], child: ChildProcess) {
  const tag = `${Date.now().toString(36)}${side[0]}`;
  const out: Record<Endpoint, { max: Measured; fixed: Measured }> = {} as never;
  // One request of each kind first: a side that answers with errors is reported, not measured.
  const s = sessions[0]!;
  for (const [label, init, url] of [
    ['search', { headers: { cookie: s.cookie } }, `${baseUrl}/api/open-vacancies?q=zorg`],
    ['submission', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf },
      body: JSON.stringify({ vacancyId: s.vacancyIds[0], candidateName: 'Rook Test', candidateEmail: `bench-smoke-${side}-${Date.now()}@${CANDIDATE_DOMAIN}`, relationship: 'friend', candidateInformed: true }),
    }, `${baseUrl}/api/referrals`],
  ] as const) {
    const response = await fetch(url, init as RequestInit);
    if (!response.ok) throw new Error(`${side} ${label}: HTTP ${response.status} ${(await response.text()).slice(0, 300)}\n${(outputs.get(child) ?? []).join('').slice(-2000)}`);
  }
  for (const endpoint of ['submission', 'search'] as const) {
    await load(baseUrl, endpoint, sessions, `${tag}w${endpoint[1]}`, WARMUP);
    const max = await load(baseUrl, endpoint, sessions, `${tag}m${endpoint[1]}`, DURATION);
    await sleep(500);
    const fixed = await load(baseUrl, endpoint, sessions, `${tag}f${endpoint[1]}`, DURATION, RATE);
    out[endpoint] = { max, fixed };
    const bad = max.non2xx + max.errors + fixed.non2xx + fixed.errors;
    log(
      `  ${side} ${endpoint}: max ${max.rps.toFixed(0)} req/s (p50 ${max.p50} ms, p99 ${max.p99} ms); ` +
        `at ${RATE} rps: ${fixed.rps.toFixed(0)} req/s, p50 ${fixed.p50} ms, p99 ${fixed.p99} ms` +
        (bad ? `; NOT OK: ${bad} non-2xx/errors` : ''),
    );
    if (bad) log(`  ${side} output (last lines):\n${(outputs.get(child) ?? []).join('').split('\n').slice(-15).join('\n')}`);
  }
  return out;
}

/** Removes what earlier runs added (rows with the bench candidate domain, their mails, jobs, sessions), keeping the dataset at its nominal size. */
async function cleanUp(db: Client): Promise<void> {
  await db.query(`DELETE FROM referrals WHERE candidate_email LIKE $1`, [`%@${CANDIDATE_DOMAIN}`]);
  // Their referrals are gone; skip the FK triggers: referrals(candidate_person_id) has no index, so each deleted
  // person would otherwise scan all referrals (see docs/benchmarks.md, findings).
  await db.query(`SET session_replication_role = replica`);
  await db.query(`DELETE FROM people WHERE email LIKE $1`, [`%@${CANDIDATE_DOMAIN}`]);
  await db.query(`SET session_replication_role = DEFAULT`);
  await db.query(`DELETE FROM audit_events WHERE action = 'referral.submitted'`);
  await db.query(`TRUNCATE mail_messages`);
  await db.query(`DELETE FROM sessions`);
  await db.query(`DO $$ BEGIN IF to_regclass('pgboss.job') IS NOT NULL THEN DELETE FROM pgboss.job; END IF; END $$`);
  await db.query(`VACUUM ANALYZE referrals, people, referral_events, candidate_tokens, sessions, mail_messages, audit_events`);
}

async function machine(postgres: string): Promise<string> {
  return `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL ${postgres}`;
}

async function main(): Promise<void> {
  const started = Date.now();
  const capture = process.argv.includes('--capture');
  const captured: string[] = [];
  const db = await benchDatabase(log, capture ? (line) => captured.push(line) : undefined);
  const smtp = await startSmtpSink();
  const admin = new Client({ connectionString: db.url });
  let kring: ChildProcess | undefined;
  let bare: ChildProcess | undefined;
  const storage = mkdtempSync(path.join(os.tmpdir(), 'kring-bench-storage-'));
  try {
    await ensureDataset(db.url, { reseed: process.argv.includes('--reseed'), log });
    await admin.connect();
    await cleanUp(admin);
    const data = await sizes(admin);
    const vacancies = await openVacanciesByOrganisation(admin);

    const kringPort = await freePort();
    const kringUrl = `http://127.0.0.1:${kringPort}`;
    log(`bench: starting Kring (NODE_ENV=production, LOG_LEVEL=warn, RATE_LIMITS_ENABLED=false) on ${kringUrl}`);
    kring = await startProcess(
      'Kring API',
      ['apps/api/src/main.ts'],
      {
        NODE_ENV: 'production',
        PORT: String(kringPort),
        HOST: '127.0.0.1',
        PUBLIC_URL: kringUrl,
        DATABASE_URL: db.url,
        DATABASE_POOL_MAX: String(POOL_MAX),
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        LOG_LEVEL: 'warn',
        RATE_LIMITS_ENABLED: 'false',
        STORAGE_DIR: storage,
        KRING_PROCESS_NAME: 'kring-bench-api',
      },
      kringPort,
      '/api/health',
    );
    const sessions = await signIn(kringUrl, vacancies);
    log(`bench: signed in ${sessions.length} employees across ${new Set(sessions.map((s) => s.organisation)).size} organisations`);

    if (capture) {
      await captureStatements(admin, kringUrl, sessions, captured);
      return;
    }

    const k = await measureSide('kring', kringUrl, sessions, kring);
    await stopProcess(kring);
    kring = undefined;

    const barePort = await freePort();
    const bareUrl = `http://127.0.0.1:${barePort}`;
    log(`bench: starting the bare Fastify + pg handler on ${bareUrl}`);
    bare = await startProcess(
      'bare handler',
      ['bench/api/bare-server.ts'],
      { NODE_ENV: 'production', PORT: String(barePort), DATABASE_URL: db.url, POOL_MAX: String(POOL_MAX), PUBLIC_URL: kringUrl },
      barePort,
      '/health',
    );
    const b = await measureSide('bare', bareUrl, sessions, bare);
    await stopProcess(bare);
    bare = undefined;

    await cleanUp(admin);
    const ratio = (e: Endpoint) => k[e].max.rps / b[e].max.rps;
    const failures = (['submission', 'search'] as const).filter(
      (e) => ratio(e) < 0.8 || k[e].fixed.p99 >= 100 || k[e].max.non2xx + k[e].fixed.non2xx + b[e].max.non2xx + b[e].fixed.non2xx > 0,
    );
    log(`bench: machine: ${await machine(db.postgresVersion)}; ${CONNECTIONS} connections, ${DURATION} s per measurement, pool ${POOL_MAX}; took ${((Date.now() - started) / 1000).toFixed(0)} s`);
    log(`bench: targets: ratio >= 0.80 and p99 < 100 ms at ${RATE} rps: ${failures.length ? `MISSED for ${failures.join(', ')}` : 'met'}`);
    console.log(
      `bench:api submission ${ratio('submission').toFixed(2)}x (kring ${k.submission.max.rps.toFixed(0)} req/s vs bare ${b.submission.max.rps.toFixed(0)}), ` +
        `search ${ratio('search').toFixed(2)}x (kring ${k.search.max.rps.toFixed(0)} req/s vs bare ${b.search.max.rps.toFixed(0)}); ` +
        `p99 at ${RATE} rps: submission ${k.submission.fixed.p99} ms, search ${k.search.fixed.p99} ms; ` +
        `data: ${data.organisations} orgs, ${data.employees} employees, ${data.openVacancies} open vacancies, ${data.referrals} referrals`,
    );
    if (failures.length) process.exitCode = 1;
  } finally {
    if (kring) await stopProcess(kring);
    if (bare) await stopProcess(bare);
    await admin.end().catch(() => undefined);
    await smtp.stop();
    await db.stop();
    rmSync(storage, { recursive: true, force: true });
  }
}

/** One submission and one search with log_statement=all; prints the statements PostgreSQL received. */
async function captureStatements(admin: Client, baseUrl: string, sessions: Session[], captured: string[]): Promise<void> {
  const s = sessions[0]!;
  const run = async (label: string, request: () => Promise<Response>) => {
    // ALTER SYSTEM + reload reaches the pooled connections that are already open, too.
    await admin.query(`ALTER SYSTEM SET log_statement = 'all'`);
    await admin.query(`SELECT pg_reload_conf()`);
    await sleep(300);
    captured.length = 0;
    const response = await request();
    log(`--- ${label}: HTTP ${response.status} ${(await response.text()).slice(0, 200)}`);
    await sleep(300);
    await admin.query(`ALTER SYSTEM RESET log_statement`);
    await admin.query(`SELECT pg_reload_conf()`);
    for (const line of captured.join('').split('\n')) if (/LOG: |DETAIL: /.test(line) && !/ALTER SYSTEM|pg_reload_conf/.test(line)) log(line);
  };
  await run('POST /api/referrals', () =>
    fetch(`${baseUrl}/api/referrals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf },
      body: JSON.stringify({ vacancyId: s.vacancyIds[0], candidateName: 'Vera Vangst', candidateEmail: `capture-${Date.now()}@${CANDIDATE_DOMAIN}`, relationship: 'friend', candidateInformed: true }),
    }),
  );
  await run('GET /api/open-vacancies?q=verpleegkundige', () =>
    fetch(`${baseUrl}/api/open-vacancies?q=verpleegkundige`, { headers: { cookie: s.cookie } }),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
