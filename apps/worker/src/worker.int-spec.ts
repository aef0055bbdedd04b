import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@kring/server-config';
import { asOrganisationId, DatabaseModule, type OrganisationId } from '@kring/server-database';
import { MailModule, Outbox } from '@kring/server-mail';
import { JobQueue, QueueModule, QueueNames } from '@kring/server-queue';
import { createTestDatabase, SmtpSink, startServiceProcess, testConfig, type TestDatabase, waitUntil } from '@kring/server-testing';
import { createWorker } from './main';
import { HousekeepingCron } from './housekeeping.cron';
import { MailSweepCron } from './mail-sweep.cron';

async function createOrganisation(dataSource: DataSource): Promise<OrganisationId> {
  const slug = `org-${Math.random().toString(36).slice(2, 10)}`;
  const [row] = (await dataSource.query(`INSERT INTO organisations (name, slug) VALUES ('Acme', $1) RETURNING id`, [slug])) as { id: string }[];
  return asOrganisationId(row!.id);
}

const magicLink = (n: number) => ({
  to: `person${n}@example.com`,
  locale: (n % 2 ? 'en' : 'nl') as 'en' | 'nl',
  template: 'magic_link' as const,
  data: { firstName: `P${n}`, organisationName: 'Acme', loginUrl: `https://kring.example/l/${n}`, expiresInMinutes: 15 },
  sensitive: true,
});


describe('worker', () => {
  let db: TestDatabase;
  let sink: SmtpSink;

  beforeEach(async () => {
    db = await createTestDatabase();
    sink = await SmtpSink.start();
  });

  afterEach(async () => {
    await sink.stop();
    await db.drop();
  });

  it('delivers an enqueued mail through pg-boss, and N crons make one sweep job per period', async () => {
    const worker: INestApplicationContext = await createWorker({
      config: testConfig(db.url, { SMTP_URL: sink.url }),
      logger: false,
    });
    try {
      const dataSource = worker.get(DataSource);
      const organisationId = await createOrganisation(dataSource);
      const { id } = await dataSource.transaction((tx) => worker.get(Outbox).enqueue(tx, organisationId, magicLink(1)));
      await sink.waitForCount(1, 10_000);
      await waitUntil('the row to be sent', async () => (await dataSource.query(`SELECT status FROM mail_messages WHERE id = $1`, [id]))[0].status === 'sent', 5_000);
      expect(sink.messages[0]!.messageId).toBe(`<${id}@localhost>`);

      const cron = worker.get(MailSweepCron);
      await cron.enqueueSweep();
      await cron.enqueueSweep(); // as if a second worker's cron fired in the same period
      const perSlot: { n: number }[] = await dataSource.query(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 GROUP BY singleton_on`,
        [QueueNames.mailSweep],
      );
      expect(perSlot.length).toBeGreaterThanOrEqual(1); // two slots if the calls straddled a boundary
      expect(perSlot.every((slot) => slot.n === 1)).toBe(true);
      expect(await worker.get(JobQueue).health()).toBe('ok');
    } finally {
      await worker.close();
    }
  });

  it('runs housekeeping from its hourly singleton job', async () => {
    const worker = await createWorker({ config: testConfig(db.url, { SMTP_URL: sink.url }), logger: false });
    try {
      const dataSource = worker.get(DataSource);
      await dataSource.query(`INSERT INTO rate_limit_counters (key, window_start, hits) VALUES ('stale', now() - interval '2 days', 9)`);
      const [org] = await dataSource.query(`INSERT INTO organisations (name, slug) VALUES ('Housekeeping', 'housekeeping') RETURNING id`);
      const [person] = await dataSource.query(`INSERT INTO people (organisation_id, first_name) VALUES ($1, 'P') RETURNING id`, [org.id]);
      await dataSource.query(
        `INSERT INTO person_tokens (organisation_id, person_id, purpose, token_hash, expires_at)
         VALUES ($1, $2, 'long_expired', '\\x01', now() - interval '8 days'), ($1, $2, 'recently_expired', '\\x02', now() - interval '1 day'),
                ($1, $2, 'valid', '\\x03', now() + interval '1 day')`,
        [org.id, person.id],
      );
      // A match plan last used 15 days ago goes (with its terms and scores); one used 13 days ago stays.
      const plan = (hash: string, days: number) =>
        dataSource.query(
          `INSERT INTO match_plans (organisation_id, plan_hash, essential_mask, optional_mask, essential_count, optional_count, languages, weights,
                                    related_credit, zero_location_km, availability_grace_days, last_used_at)
           VALUES ($1, $2, 1, 0, 1, 0, '{}', '{1,0,0,0,0,0}', 0.5, 100, 30, now() - make_interval(days => $3)) RETURNING id`,
          [org.id, hash, days],
        );
      const [stale] = await plan('stale', 15);
      await plan('recent', 13);
      await dataSource.query(`INSERT INTO match_plan_terms (organisation_id, plan_id, kind, concept_id, exact) VALUES ($1, $2, 's', 42, 1)`, [org.id, stale.id]);
      await worker.get(HousekeepingCron).enqueue();
      await worker.get(HousekeepingCron).enqueue(); // a second worker's cron in the same hour
      const jobs: { n: number }[] = await dataSource.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1`, [QueueNames.housekeeping]);
      expect(jobs[0]!.n).toBe(1);
      await waitUntil('housekeeping to delete the stale counter', async () => (await dataSource.query(`SELECT 1 FROM rate_limit_counters`)).length === 0, 20_000);
      await waitUntil('housekeeping to delete the spent person token', async () => (await dataSource.query(`SELECT 1 FROM person_tokens WHERE purpose = 'long_expired'`)).length === 0, 20_000);
      const tokens: Array<{ purpose: string }> = await dataSource.query(`SELECT purpose FROM person_tokens ORDER BY purpose`);
      expect(tokens.map((t) => t.purpose)).toEqual(['recently_expired', 'valid']);
      await waitUntil('housekeeping to remove the unused match plan', async () => (await dataSource.query(`SELECT 1 FROM match_plans WHERE plan_hash = 'stale'`)).length === 0, 20_000);
      expect(await dataSource.query(`SELECT plan_hash FROM match_plans WHERE organisation_id = $1`, [org.id])).toEqual([{ plan_hash: 'recent' }]);
      expect(await dataSource.query(`SELECT 1 FROM match_plan_terms WHERE plan_id = $1`, [stale.id])).toEqual([]);
    } finally {
      await worker.close();
    }
  }, 30_000);

  it('never sends a message twice with two worker processes competing', async () => {
    const total = 200;
    const children = [startWorkerProcess(db.url, sink.url), startWorkerProcess(db.url, sink.url)];
    const enqueuer = await Test.createTestingModule({
      imports: [ConfigModule.forRoot({ config: testConfig(db.url) }), DatabaseModule.forRoot(), QueueModule.forRoot({ worker: false }), MailModule],
    }).compile();
    enqueuer.useLogger(false);
    await enqueuer.init();
    try {
      await Promise.all(children.map((c) => c.ready));
      const dataSource = enqueuer.get(DataSource);
      const outbox = enqueuer.get(Outbox);
      const queue = enqueuer.get(JobQueue);
      const organisationId = await createOrganisation(dataSource);
      await dataSource.transaction(async (tx) => {
        for (let n = 0; n < total; n++) {
          const { id } = await outbox.enqueue(tx, organisationId, magicLink(n));
          // A duplicate job per row (as a sweep could add): both workers may now hold jobs for one row.
          await queue.send(QueueNames.mailOutbox, { id }, {}, tx);
        }
      });

      const sentCount = async () =>
        (await dataSource.query(`SELECT count(*)::int AS n FROM mail_messages WHERE status = 'sent'`))[0].n as number;
      await waitUntil(`${total} sent rows`, async () => (await sentCount()) === total, 25_000);
      await new Promise((r) => setTimeout(r, 1500)); // let any stray duplicate arrive before counting

      const rows: { message_id: string; attempts: number; locked_by: string }[] = await dataSource.query(
        `SELECT message_id, attempts, locked_by FROM mail_messages`,
      );
      expect(rows).toHaveLength(total);
      const received = new Map<string, number>();
      for (const m of sink.messages) received.set(m.messageId!, (received.get(m.messageId!) ?? 0) + 1);
      expect(sink.messages).toHaveLength(total);
      expect(received.size).toBe(total);
      for (const r of rows) {
        expect(received.get(r.message_id)).toBe(1);
        expect(r.attempts).toBe(1);
      }
      // Both processes took part (locked_by is host:pid:claim).
      const senders = new Set(rows.map((r) => r.locked_by.split(':').slice(0, 2).join(':')));
      expect(senders.size).toBe(2);
    } catch (error) {
      for (const c of children) process.stderr.write(`worker output:\n${c.output().slice(-3000)}\n`);
      throw error;
    } finally {
      await enqueuer.close();
      // Nest's shutdown hooks close pg-boss, the SMTP pool and the database, then re-raise SIGTERM.
      expect(await Promise.all(children.map((c) => c.stop()))).toEqual(['SIGTERM', 'SIGTERM']);
    }
  }, 60_000);
});

function startWorkerProcess(databaseUrl: string, smtpUrl: string) {
  return startServiceProcess(
    'apps/worker/src/main.ts',
    { DATABASE_URL: databaseUrl, DATABASE_POOL_MAX: '10', SMTP_URL: smtpUrl, MAIL_RATE_PER_SECOND: '1000', LOG_LEVEL: 'info' },
    '"worker started"',
  );
}
