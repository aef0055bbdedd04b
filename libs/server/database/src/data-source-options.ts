import type { DatabaseConfig } from '@kring/server-config';
import type { DataSourceOptions } from 'typeorm';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';

export const MIGRATIONS_TABLE = 'typeorm_migrations';

/** The one place that turns config into TypeORM options, shared by the app, the CLI and tests. */
export function dataSourceOptions(config: Pick<DatabaseConfig, 'url' | 'poolMax' | 'ssl'>): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.url,
    ssl: config.ssl === 'disable' ? false : { rejectUnauthorized: config.ssl === 'require' },
    extra: { max: config.poolMax, application_name: process.env['KRING_PROCESS_NAME'] ?? 'kring' },
    namingStrategy: new SnakeNamingStrategy(),
    migrations,
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: ['error', 'warn'],
  };
}
