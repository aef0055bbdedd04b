import { createTestDatabase, SmtpSink, type TestDatabase } from '@kring/server-testing';

/** A fresh database and a fresh SMTP sink for every test of a worker spec (read them inside the tests). */
export function eachTestDatabaseAndSink(): { readonly db: TestDatabase; readonly sink: SmtpSink } {
  const env = {} as { db: TestDatabase; sink: SmtpSink };
  beforeEach(async () => {
    env.db = await createTestDatabase();
    env.sink = await SmtpSink.start();
  });
  afterEach(async () => {
    await env.sink.stop();
    await env.db.drop();
  });
  return env;
}
