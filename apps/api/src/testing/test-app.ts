import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Clock, KringConfig } from '@kring/server-config';
import { createTestDatabase, FakeClock, testConfig, TestDatabase } from '@kring/server-testing';
import { createApp } from '../bootstrap';

export interface TestApp {
  app: NestFastifyApplication;
  db: TestDatabase;
  config: KringConfig;
  dataSource: DataSource;
  clock: FakeClock | undefined;
  close(): Promise<void>;
}

/** Boots the real API against a fresh database. Pass a FakeClock to control time. */
export async function bootTestApp(options: { env?: Record<string, string>; clock?: FakeClock } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = testConfig(db.url, options.env);
  const app = await createApp(config, { clock: options.clock as Clock | undefined, logger: false });
  return {
    app,
    db,
    config,
    dataSource: app.get(DataSource),
    clock: options.clock,
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
