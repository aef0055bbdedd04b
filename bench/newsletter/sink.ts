/**
 * A counting SMTP sink for the newsletter benchmarks (bench:newsletter, chaos:newsletter), run in its own process
 * so the process under test never shares an event loop with the receiver.
 *
 *   node -r @swc-node/register bench/newsletter/sink.ts --port <p> [--log <file>] [--host 127.0.0.1]
 *
 * - Listens on 127.0.0.1:<p> (`--port 0`: a free port), no AUTH, no STARTTLS, messages up to 64 MB, any number
 *   of connections. Prints `ready <port>` on stdout once listening.
 * - Every message is read to its end; only its header block is parsed (for Message-ID), the body is discarded.
 * - With `--log <file>`: for every accepted message it appends one line per RCPT TO address,
 *   `<Message-ID header value>\t<RCPT TO address>\n` (`-` when the message has no Message-ID), written with a
 *   synchronous write(2) BEFORE the 250 answer. A message counts as delivered once the sink answered 250, so
 *   the log can hold a line for a message whose 250 never reached the client (the client died meanwhile), and
 *   never misses a message that got its 250. The file is appended to, never truncated.
 * - Counts accepted messages (not recipients). The count is asked in either of two ways:
 *     * SIGUSR2: prints `count <n>` on stdout;
 *     * a line `count` on stdin: prints `count <n>` on stdout (what startSinkProcess uses: one answer per question).
 *   A line `reset` on stdin sets the count to 0 and prints `count 0`.
 * - SIGTERM/SIGINT (or stdin closing): stops listening, prints `count <n>` and exits 0.
 *
 * `startSinkProcess({ port?, logFile? })` spawns this file as a child process and resolves once it is ready.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { SMTPServer } from 'smtp-server';

export interface SinkProcess {
  port: number;
  pid: number;
  /** Messages accepted (answered 250) since start or the last reset(). */
  count(): Promise<number>;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

const MAX_HEADER_BYTES = 256 * 1024;

/** The Message-ID header value of a raw header block (unfolded, trimmed), or undefined. */
export function messageIdOf(headerBlock: string): string | undefined {
  const match = /(?:^|\r?\n)message-id:[ \t]*((?:[^\r\n]|\r?\n[ \t])*)/i.exec(headerBlock);
  return match ? match[1]!.replace(/\r?\n[ \t]+/g, ' ').trim() : undefined;
}

function runSink(): void {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const port = Number(arg('--port') ?? 0);
  const host = arg('--host') ?? '127.0.0.1';
  const logFile = arg('--log');
  const logFd = logFile ? openSync(logFile, 'a') : null;
  let count = 0;

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    size: 64 * 1024 * 1024,
    closeTimeout: 500,
    banner: 'Kring bench sink',
    onData(stream, session, callback) {
      let head = '';
      let headDone = false;
      stream.on('data', (chunk: Buffer) => {
        if (headDone) return;
        head += chunk.toString('latin1');
        const end = head.indexOf('\r\n\r\n');
        if (end >= 0) {
          head = head.slice(0, end);
          headDone = true;
        } else if (head.length > MAX_HEADER_BYTES) {
          headDone = true;
        }
      });
      stream.on('end', () => {
        if (logFd !== null) {
          const id = messageIdOf(head) ?? '-';
          const lines = session.envelope.rcptTo.map((r) => `${id}\t${r.address}\n`).join('');
          try {
            writeSync(logFd, lines);
          } catch (error) {
            callback(Object.assign(new Error('Sink log write failed'), { responseCode: 451 }));
            process.stderr.write(`sink: log write failed: ${String(error)}\n`);
            return;
          }
        }
        count++;
        callback();
      });
    },
  });
  server.on('error', () => undefined); // a client dropping its connection (e.g. a SIGKILLed worker) is expected

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const done = () => {
      process.stdout.write(`count ${count}\n`);
      if (logFd !== null) closeSync(logFd);
      process.exit(0);
    };
    server.close(done);
    setTimeout(done, 2000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('SIGUSR2', () => process.stdout.write(`count ${count}\n`));
  const commands = createInterface({ input: process.stdin });
  commands.on('line', (line) => {
    const command = line.trim();
    if (command === 'count') process.stdout.write(`count ${count}\n`);
    else if (command === 'reset') {
      count = 0;
      process.stdout.write(`count ${count}\n`);
    }
  });
  commands.on('close', () => {
    // stdin closed: when run by startSinkProcess, our parent went away. From a terminal with </dev/null, keep running.
    if (process.env['KRING_SINK_CHILD'] === '1') stop();
  });

  server.listen(port, host, () => {
    const address = (server as unknown as { server: { address(): AddressInfo } }).server.address();
    process.stdout.write(`ready ${address.port}\n`);
  });
}

/** Spawns the sink as a child process (own event loop, own CPU time) and resolves once it listens. */
export function startSinkProcess(options: { port?: number; logFile?: string } = {}): Promise<SinkProcess> {
  const args = ['-r', '@swc-node/register', __filename, '--port', String(options.port ?? 0)];
  if (options.logFile) args.push('--log', path.resolve(options.logFile));
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: path.resolve(__dirname, '..', '..'),
    env: { ...process.env, KRING_SINK_CHILD: '1' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const waiting: Array<(n: number) => void> = [];
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => {
    exited = true;
    resolve();
  }));
  return new Promise<SinkProcess>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    child.once('exit', (code, signal) => reject(new Error(`bench sink exited before it was ready (${signal ?? code})`)));
    lines.on('line', (line) => {
      const [word, value] = line.split(' ');
      if (word === 'ready') {
        resolve({
          port: Number(value),
          pid: child.pid!,
          count: () =>
            new Promise<number>((answer, fail) => {
              if (exited) return fail(new Error('bench sink has exited'));
              waiting.push(answer);
              child.stdin!.write('count\n');
            }),
          reset: () =>
            new Promise<void>((answer, fail) => {
              if (exited) return fail(new Error('bench sink has exited'));
              waiting.push(() => answer());
              child.stdin!.write('reset\n');
            }),
          stop: async () => {
            if (!exited) child.kill('SIGTERM');
            await exit;
          },
        });
      } else if (word === 'count') {
        waiting.shift()?.(Number(value));
      }
    });
  });
}

if (require.main === module) runSink();
