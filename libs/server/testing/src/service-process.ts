import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');

export interface ServiceProcess {
  /** Resolves when the process printed its ready line; rejects if it exits first. */
  ready: Promise<void>;
  output(): string;
  /** SIGTERM, as an orchestrator would; resolves with how it ended (SIGKILL = no graceful stop in 10 s). */
  stop(): Promise<NodeJS.Signals | number | null>;
}

/**
 * Runs an app's main.ts as a real child process (TypeScript through @swc-node/register), with only the
 * environment given, the way a deployment runs several API or worker instances against one database.
 */
export function startServiceProcess(entry: 'apps/api/src/main.ts' | 'apps/worker/src/main.ts', env: Record<string, string>, readyText: string): ServiceProcess {
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', entry], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'], NODE_ENV: 'test', SWC_NODE_PROJECT: 'tsconfig.json', PUBLIC_URL: 'http://localhost:3999', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(readyText)) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${entry} exited early (${code}):\n${output.slice(-3000)}`)));
  });
  ready.catch(() => undefined); // observed by the caller; avoid an unhandled rejection when it is not awaited
  return {
    ready,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.signalCode ?? child.exitCode);
        child.once('exit', (code, signal) => resolve(signal ?? code));
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}
