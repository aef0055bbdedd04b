import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, DemoLogin, migrate, seedDemo } from '@kring/server-database';
import { DATA_DIR, localDatabase, ROOT } from './local-database';

const log = (line: string) => console.log(`[kring] ${line}`);
const children: ChildProcess[] = [];

/** npm start: database, migrations, demo data, mail catcher, portal build, API and worker, in one command. */
async function main(): Promise<void> {
  mkdirSync(DATA_DIR, { recursive: true });
  const port = Number(process.env['PORT'] ?? 3000);
  const publicUrl = process.env['PUBLIC_URL'] ?? `http://localhost:${port}`;
  const { url, embedded, dataDir } = await localDatabase(log);
  const shutdown = async (code: number) => {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)))));
    await embedded?.stop();
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));

  for (const name of await migrate(url)) log(`migrated ${name}`);
  const logins = await loadDemoData(url);

  let smtpUrl = process.env['SMTP_URL'];
  let mailCatcher: string | undefined;
  if (!smtpUrl) {
    const smtpPort = process.env['MAILDEV_SMTP_PORT'] ?? '1025';
    const webPort = process.env['MAILDEV_WEB_PORT'] ?? '1080';
    startChild('maildev', [require.resolve('maildev/bin/maildev'), '--smtp', smtpPort, '--web', webPort, '--ip', '127.0.0.1', '--silent'], {});
    smtpUrl = `smtp://127.0.0.1:${smtpPort}`;
    mailCatcher = `http://localhost:${webPort}`;
  }

  if (process.env['KRING_SKIP_PORTAL_BUILD'] !== '1') {
    log('building the portal (set KRING_SKIP_PORTAL_BUILD=1 to skip)');
    const build = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'apps/portal/vite.config.ts', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('The portal build failed (see above).');
  }

  const env = { DATABASE_URL: url, SMTP_URL: smtpUrl, PUBLIC_URL: publicUrl, PORT: String(port), NODE_ENV: process.env['NODE_ENV'] ?? 'development' };
  startChild('api', ['-r', '@swc-node/register', 'apps/api/src/main.ts'], { ...env, KRING_PROCESS_NAME: 'kring-api' });
  startChild('worker', ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], { ...env, KRING_PROCESS_NAME: 'kring-worker' });
  await waitForHealth(`http://127.0.0.1:${port}/api/health`);

  console.log(`
  Kring is running.
    Portal + API   ${publicUrl}
    API docs       ${publicUrl}/api/docs
    Mail catcher   ${mailCatcher ?? `(using SMTP_URL)`}
    Database       ${embedded ? `embedded PostgreSQL in ${dataDir}` : 'DATABASE_URL'}

  Demo logins (organisation "Zorggroep De Linde (demo)"):
${logins.map((l) => `    ${l.role.padEnd(9)} ${l.email.padEnd(34)} ${l.password ? `password: ${l.password}` : 'login link: request it on the login page, open it in the mail catcher'}`).join('\n')}

  Press Ctrl+C to stop.
`);
}

async function loadDemoData(url: string): Promise<DemoLogin[]> {
  const file = path.join(DATA_DIR, 'demo-logins.json');
  const passwords = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { hr: string; employee: string })
    : { hr: randomBytes(9).toString('base64url'), employee: randomBytes(9).toString('base64url') };
  writeFileSync(file, JSON.stringify(passwords, null, 2), { mode: 0o600 });
  const dataSource = await new DataSource(dataSourceOptions({ url, poolMax: 2, ssl: 'disable' })).initialize();
  try {
    const { created, logins } = await seedDemo(dataSource.manager, passwords);
    log(created ? 'loaded demo data' : 'demo data already present');
    return logins;
  } finally {
    await dataSource.destroy();
  }
}

function startChild(name: string, args: string[], env: Record<string, string>): void {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
  child.once('exit', (code, signal) => {
    if (signal === 'SIGTERM') return;
    console.error(`[kring] ${name} stopped (${signal ?? `exit code ${code}`}); stopping everything`);
    process.kill(process.pid, 'SIGTERM');
  });
  children.push(child);
}

async function waitForHealth(url: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The API did not become healthy at ${url} within 60 s.`);
}

main().catch((error: unknown) => {
  console.error(`[kring] ${error instanceof Error ? error.message : String(error)}`);
  for (const child of children) child.kill('SIGTERM');
  process.exit(1);
});
