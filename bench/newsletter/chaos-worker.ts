/**
 * The worker for the last phase of chaos:newsletter (bench/newsletter/chaos.ts): the REAL worker app —
 * `createWorker` from apps/worker/src/main.ts, the same WorkerModule, configured only by environment — with one
 * difference: its Clock runs CHAOS_CLOCK_OFFSET_MS milliseconds ahead of the system clock (simulated time).
 *
 * Why: a SIGKILLed worker leaves its claimed rows `queued` with a claim lease and its in-flight rows `sending` with
 * a send lease (both at least SEND_LEASE_MS = 5 min). In production another worker takes them over (queued) or the
 * sweep closes them as interrupted (sending) once the leases run out. The chaos run does not wait those 5 minutes:
 * it starts this worker with a clock just past the last lease, so the real engine and the real per-minute sweep
 * apply their own rules to the rows, exactly as they would 5 minutes later. The cron still fires on the wall-clock
 * minute (@nestjs/schedule); only the engine's notion of "now" (leases, next_attempt_at) is moved.
 */
import { Logger } from '@nestjs/common';
import { Clock } from '@kring/server-config';
import { createWorker } from '../../apps/worker/src/main';

class OffsetClock extends Clock {
  constructor(private readonly offsetMs: number) {
    super();
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

const offsetMs = Number(process.env['CHAOS_CLOCK_OFFSET_MS'] ?? 0);
if (!Number.isFinite(offsetMs) || offsetMs < 0) {
  process.stderr.write(`chaos-worker: CHAOS_CLOCK_OFFSET_MS must be a number >= 0, got ${process.env['CHAOS_CLOCK_OFFSET_MS']}\n`);
  process.exit(1);
}

createWorker({ clock: new OffsetClock(offsetMs) }).then(
  () => new Logger('Worker').log({ message: 'worker started', pid: process.pid, clockOffsetMs: offsetMs }),
  (error: unknown) => {
    process.stderr.write(`${JSON.stringify({ level: 'fatal', context: 'Worker', message: 'worker failed to start', error: String(error) })}\n`);
    process.exit(1);
  },
);
