import { DynamicModule, Global, Module } from '@nestjs/common';
import { CONFIG_TOKENS, type DatabaseConfig } from '@kring/server-config';
import { JobQueue } from './job-queue';

export interface QueueModuleOptions {
  /** True in apps/worker: pg-boss maintenance and schedules run there, never in the API. */
  worker: boolean;
}

@Global()
@Module({})
export class QueueModule {
  static forRoot(options: QueueModuleOptions): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      providers: [
        {
          provide: JobQueue,
          inject: [CONFIG_TOKENS.database],
          useFactory: (database: DatabaseConfig) =>
            new JobQueue({
              connectionString: database.url,
              ssl: database.ssl === 'disable' ? false : { rejectUnauthorized: database.ssl === 'require' },
              poolMax: Math.max(2, Math.min(database.poolMax, 10)),
              worker: options.worker,
              applicationName: `${process.env['KRING_PROCESS_NAME'] ?? 'kring'}-queue`,
            }),
        },
      ],
      exports: [JobQueue],
    };
  }
}
