import { ConsoleLogger, Logger, type INestApplicationContext, type LoggerService, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig, type AppConfig, type Clock, type KringConfig } from '@kring/server-config';
import { WorkerModule } from './worker.module';

export interface CreateWorkerOptions {
  /** Defaults to loadConfig() from the environment. */
  config?: KringConfig;
  clock?: Clock;
  /** Defaults to JSON lines on stdout at LOG_LEVEL; `false` silences Nest. */
  logger?: LoggerService | false;
}

const LOG_LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
  info: ['fatal', 'error', 'warn', 'log'],
  warn: ['fatal', 'error', 'warn'],
  error: ['fatal', 'error'],
};

/** Boots the worker: an application context (never an HTTP port) that stops cleanly on SIGTERM/SIGINT. */
export async function createWorker(options: CreateWorkerOptions = {}): Promise<INestApplicationContext> {
  process.env['KRING_PROCESS_NAME'] ??= 'kring-worker';
  const config = options.config ?? loadConfig();
  const logger = options.logger ?? new ConsoleLogger({ json: true, logLevels: LOG_LEVELS[config.app.logLevel] });
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot({ config, clock: options.clock }), {
    logger,
    abortOnError: false,
  });
  app.enableShutdownHooks();
  return app;
}

if (require.main === module) {
  createWorker().then(
    () => new Logger('Worker').log({ message: 'worker started', pid: process.pid }),
    (error: unknown) => {
      process.stderr.write(
        `${JSON.stringify({ level: 'fatal', context: 'Worker', message: 'worker failed to start', error: String(error) })}\n`,
      );
      process.exit(1);
    },
  );
}
