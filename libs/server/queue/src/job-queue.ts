import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import type { Tx } from '@kring/server-database';
import { ALL_QUEUE_NAMES, type QueueName } from './queue-names';

export type Job<T> = PgBoss.Job<T>;
export type SendOptions = Omit<PgBoss.SendOptions, 'db'>;
export type WorkOptions = PgBoss.WorkOptions;
export type JobHandler<T> = (jobs: Job<T>[]) => Promise<unknown>;

export const QUEUE_SCHEMA = 'pgboss';
const HEALTH_TIMEOUT_MS = 3000;
/** Serialises pg-boss installation and queue creation across processes (any number start at once). */
const SETUP_LOCK_KEY = 72_411_002;

/** What JobQueue needs to build its PgBoss instance (QueueModule fills it from config). */
export interface JobQueueSettings {
  connectionString: string;
  ssl: false | { rejectUnauthorized: boolean };
  poolMax: number;
  /** Workers run maintenance (supervise) and cron schedules; the API only sends. */
  worker: boolean;
  applicationName: string;
}

/**
 * A thin wrapper around one PgBoss instance per process. `send` can join the caller's TypeORM
 * transaction, so a job exists if and only if the business change that caused it was committed.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;
  private starting: Promise<void> | undefined;

  constructor(private readonly settings: JobQueueSettings) {
    this.boss = new PgBoss({
      connectionString: settings.connectionString,
      ssl: settings.ssl,
      max: settings.poolMax,
      application_name: settings.applicationName,
      schema: QUEUE_SCHEMA,
      migrate: true,
      supervise: settings.worker,
      schedule: settings.worker,
    });
    this.boss.on('error', (error) => this.logger.error({ message: 'pg-boss error', error: String(error) }));
  }

  onModuleInit(): Promise<void> {
    return this.start();
  }

  async onModuleDestroy(): Promise<void> {
    if (!this.starting) return;
    await this.starting.catch(() => undefined);
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  /** Starts pg-boss and creates every known queue; safe to call more than once. */
  start(): Promise<void> {
    this.starting ??= this.underSetupLock(async () => {
      await this.boss.start();
      for (const name of ALL_QUEUE_NAMES) {
        if (!(await this.boss.getQueue(name))) await this.boss.createQueue(name);
      }
    });
    return this.starting;
  }

  /**
   * Several processes starting together made concurrent createQueue calls deadlock in PostgreSQL; a session
   * advisory lock on a connection of its own lets one process set up at a time (the others then find it done).
   */
  private async underSetupLock(setup: () => Promise<void>): Promise<void> {
    const client = new Client({ connectionString: this.settings.connectionString, ssl: this.settings.ssl });
    await client.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [SETUP_LOCK_KEY]);
      await setup();
    } finally {
      await client.end(); // ending the session releases the lock
    }
  }

  /**
   * Enqueues a job. With `tx` the insert runs on the caller's transaction: a rollback removes the job.
   * Returns the job id, or null when a singleton/throttle key suppressed it.
   */
  async send<T extends object>(name: QueueName, data: T, options: SendOptions = {}, tx?: Tx): Promise<string | null> {
    await this.start();
    return this.boss.send(name, data, tx ? { ...options, db: transactionDb(tx) } : options);
  }

  /** Registers a batch handler; a thrown error fails (and, within the retry limit, retries) every job in the batch. */
  async work<T>(name: QueueName, options: WorkOptions, handler: JobHandler<T>): Promise<string> {
    await this.start();
    return this.boss.work<T>(name, options, handler);
  }

  /** Stops fetching new jobs for a queue (in-flight handlers finish). */
  async offWork(name: QueueName): Promise<void> {
    await this.boss.offWork(name);
  }

  /** A cheap query that proves the pgboss schema is reachable through pg-boss's own pool (3 s at most). */
  async health(): Promise<'ok' | 'down'> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'down'>((resolve) => (timer = setTimeout(() => resolve('down'), HEALTH_TIMEOUT_MS)));
    const probe = (async () => {
      await this.start();
      const { rows } = await this.boss.getDb().executeSql(`SELECT version FROM ${QUEUE_SCHEMA}.version LIMIT 1`, []);
      return rows.length === 1 ? 'ok' : 'down';
    })().catch(() => 'down' as const);
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

function transactionDb(tx: Tx): PgBoss.Db {
  // TypeORM returns plain rows for INSERT/SELECT; pg-boss expects a pg-style `{ rows }`.
  return { executeSql: async (text, values) => ({ rows: (await tx.query(text, values)) as unknown[] }) };
}
