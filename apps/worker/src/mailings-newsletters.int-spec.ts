import type { AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@kring/server-config';
import { asOrganisationId, DatabaseModule } from '@kring/server-database';
import {
  NEWSLETTER_INTERRUPTED_REASON,
  NewsletterDeliveriesRepository,
  NewsletterDispatcher,
  NewsletterEngine,
  NewslettersModule,
} from '@kring/server-mailings';
import { QueueModule } from '@kring/server-queue';
import { createTestDatabase, SmtpSink, testConfig, type TestDatabase, waitUntil } from '@kring/server-testing';
import { MailingsNewslettersWorker } from './mailings-newsletters.worker';
import { createWorker } from './main';

describe('newsletters in two workers', () => {
  let db: TestDatabase;
  let sink: SmtpSink;
  const workers: INestApplicationContext[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    sink = await SmtpSink.start();
  });
  afterAll(async () => {
    for (const worker of workers) await worker.close();
    await sink?.stop();
    await db?.drop();
  });

  it('share one newsletter through pg-boss: every recipient exactly once, none skipped, the newsletter ends sent', async () => {
    const config = () => testConfig(db.url, { SMTP_URL: sink.url, MAIL_RATE_PER_SECOND: '2000', MAIL_POOL_CONNECTIONS: '3' });
    workers.push(await createWorker({ config: config(), logger: false }), await createWorker({ config: config(), logger: false }));
    const ds = workers[0]!.get(DataSource);
    const [{ id: org }] = await ds.query(`INSERT INTO organisations (name, slug) VALUES ('Zorggroep De Linde', 'de-linde-nl') RETURNING id`);
    const recipients = 1200;
    await ds.query(
      `WITH p AS (
         INSERT INTO people (organisation_id, first_name, email, locale, phase)
         SELECT $1, 'Oud-collega ' || i, 'alumnus-' || i || '@example.test', CASE WHEN i % 4 = 0 THEN 'en' ELSE 'nl' END, 'exit'
           FROM generate_series(1, $2) AS i RETURNING id)
       INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at)
       SELECT $1, id, 'newsletter', 'granted', 'manual', now() FROM p`,
      [org, recipients],
    );
    const [{ id: segment }] = await ds.query(`INSERT INTO segments (organisation_id, name, filter) VALUES ($1, 'Alumni', '{"phases":["exit"]}') RETURNING id`, [org]);
    const [{ id: newsletter }] = await ds.query(
      `INSERT INTO newsletters (organisation_id, name, segment_id) VALUES ($1, 'Nieuwsbrief', $2) RETURNING id`,
      [org, segment],
    );
    await ds.query(
      `INSERT INTO newsletter_variants (organisation_id, newsletter_id, locale, subject, body_markdown)
       VALUES ($1, $2, 'nl', 'Hallo {{voornaam}}', 'Nieuws.'), ($1, $2, 'en', 'Hello {{firstName}}', 'News.')`,
      [org, newsletter],
    );

    const started = await ds.transaction((tx) => workers[0]!.get(NewsletterDispatcher).start(tx, asOrganisationId(org), newsletter));
    expect(started).toBe(recipients);
    await waitUntil(
      'the newsletter to finish',
      async () => (await ds.query(`SELECT status FROM newsletters WHERE id = $1`, [newsletter]))[0].status === 'sent',
      60_000,
    );

    const rows: Array<{ message_id: string; status: string }> = await ds.query(
      `SELECT message_id, status FROM newsletter_deliveries WHERE newsletter_id = $1`,
      [newsletter],
    );
    expect(rows).toHaveLength(recipients);
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    const ids = new Set(rows.map((r) => r.message_id));
    const got = sink.messages.filter((m) => ids.has(m.messageId!));
    expect(got).toHaveLength(recipients);
    expect(new Set(got.map((m) => m.messageId)).size).toBe(recipients);
    expect(got.filter((m) => m.subject?.startsWith('Hello ')).length).toBe(recipients / 4);
    // A sweep afterwards finds nothing left to do.
    expect(await workers[1]!.get(MailingsNewslettersWorker).sweep()).toEqual({ started: 0, interrupted: 0, jobs: 0, completed: 0 });
  }, 90_000);
});

/** The engine's streaming run (what the worker's job calls) and its shutdown, against a deliberately slow SMTP server. */
describe('newsletter engine: streaming runs, grouped hand-offs, batched sent records, shutdown', () => {
  let db: TestDatabase;
  let slowSink: SMTPServer;
  let slowPort = 0;
  const accepted: string[] = [];
  const modules: TestingModule[] = [];

  const engineApp = async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot({ config: testConfig(db.url, { SMTP_URL: `smtp://127.0.0.1:${slowPort}`, MAIL_RATE_PER_SECOND: '1000', MAIL_POOL_CONNECTIONS: '2' }) }),
        DatabaseModule.forRoot(),
        QueueModule.forRoot({ worker: false }),
        NewslettersModule,
      ],
    }).compile();
    moduleRef.useLogger(false);
    await moduleRef.init();
    modules.push(moduleRef);
    return {
      moduleRef,
      engine: moduleRef.get(NewsletterEngine, { strict: false }),
      deliveries: moduleRef.get(NewsletterDeliveriesRepository, { strict: false }),
      dispatcher: moduleRef.get(NewsletterDispatcher, { strict: false }),
      ds: moduleRef.get(DataSource),
    };
  };

  /** An organisation with `count` alumni and a two-language newsletter, started ("send now"); returns its id. */
  const startedNewsletter = async (app: Awaited<ReturnType<typeof engineApp>>, count: number): Promise<string> => {
    const [{ id: org }] = await app.ds.query(
      `INSERT INTO organisations (name, slug) VALUES ('Zorggroep De Linde', 'de-linde-' || substr(md5(random()::text), 1, 8)) RETURNING id`,
    );
    await app.ds.query(
      `WITH p AS (
         INSERT INTO people (organisation_id, first_name, email, locale, phase)
         SELECT $1, 'Oud-collega ' || i, 'oud-' || i || '-' || substr(md5(random()::text), 1, 6) || '@example.test',
                CASE WHEN i % 4 = 0 THEN 'en' ELSE 'nl' END, 'exit'
           FROM generate_series(1, $2) AS i RETURNING id)
       INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at)
       SELECT $1, id, 'newsletter', 'granted', 'manual', now() FROM p`,
      [org, count],
    );
    const [{ id: segment }] = await app.ds.query(`INSERT INTO segments (organisation_id, name, filter) VALUES ($1, 'Alumni', '{"phases":["exit"]}') RETURNING id`, [org]);
    const [{ id: newsletter }] = await app.ds.query(
      `INSERT INTO newsletters (organisation_id, name, segment_id) VALUES ($1, 'Nieuwsbrief', $2) RETURNING id`,
      [org, segment],
    );
    await app.ds.query(
      `INSERT INTO newsletter_variants (organisation_id, newsletter_id, locale, subject, body_markdown)
       VALUES ($1, $2, 'nl', 'Hallo {{voornaam}}', 'Nieuws.'), ($1, $2, 'en', 'Hello {{firstName}}', 'News.')`,
      [org, newsletter],
    );
    expect(await app.ds.transaction((tx) => app.dispatcher.start(tx, asOrganisationId(org), newsletter))).toBe(count);
    return newsletter;
  };

  const statuses = async (app: Awaited<ReturnType<typeof engineApp>>, newsletterId: string) =>
    (await app.ds.query(
      `SELECT status, (locked_by IS NOT NULL) AS locked, count(*)::int AS n FROM newsletter_deliveries WHERE newsletter_id = $1
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [newsletterId],
    )) as Array<{ status: string; locked: boolean; n: number }>;

  const sentMessageIds = async (app: Awaited<ReturnType<typeof engineApp>>, newsletterId: string) =>
    ((await app.ds.query(`SELECT message_id FROM newsletter_deliveries WHERE newsletter_id = $1 AND status = 'sent'`, [newsletterId])) as Array<{
      message_id: string;
    }>).map((r) => r.message_id);

  beforeAll(async () => {
    db = await createTestDatabase();
    // 15 ms per message: slow enough to stop a run half-way, fast enough for a short test.
    slowSink = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      closeTimeout: 100,
      onData(stream, _session, callback) {
        let head = '';
        stream.on('data', (chunk: Buffer) => (head += head.length < 4096 ? chunk.toString('latin1') : ''));
        stream.on('end', () =>
          setTimeout(() => {
            accepted.push(/^message-id:\s*(\S+)/im.exec(head)?.[1] ?? '?');
            callback();
          }, 15),
        );
      },
    });
    await new Promise<void>((resolve) => slowSink.listen(0, '127.0.0.1', resolve));
    slowPort = (slowSink as unknown as { server: { address(): AddressInfo } }).server.address().port;
  });
  afterAll(async () => {
    for (const moduleRef of modules) await moduleRef.close();
    await new Promise<void>((resolve) => slowSink?.close(() => resolve()));
    await db?.drop();
  });

  it('a run without continueForMs claims one batch; with it, one run keeps claiming until nothing is due (each recipient once)', async () => {
    const app = await engineApp();
    const newsletter = await startedNewsletter(app, 130);
    expect(await app.engine.run(newsletter, 40)).toMatchObject({ claimed: 40, sent: 40 });
    expect(await app.engine.run(newsletter, 40, { continueForMs: 60_000 })).toMatchObject({ claimed: 90, sent: 90, retried: 0, failed: 0 });
    expect(await statuses(app, newsletter)).toEqual([{ status: 'sent', locked: true, n: 130 }]);
    const ids = await sentMessageIds(app, newsletter);
    expect(accepted.filter((id) => ids.includes(id))).toHaveLength(130);
    expect(new Set(accepted).size).toBe(accepted.length);
    expect((await app.ds.query(`SELECT status FROM newsletters WHERE id = $1`, [newsletter]))[0].status).toBe('sent');
  }, 60_000);

  it('stop() mid-run: every accepted send is recorded sent (batched records flushed), nothing is left sending, the rest is released; another worker then sends the rest once', async () => {
    const first = await engineApp();
    const newsletter = await startedNewsletter(first, 240);
    const before = accepted.length;
    const running = first.engine.run(newsletter, 60, { continueForMs: 60_000 });
    await waitUntil('some mails to arrive', async () => accepted.length - before >= 30, 20_000);
    await first.engine.stop();
    const result = await running;
    expect(result.sent).toBeGreaterThanOrEqual(30);
    expect(result.sent).toBeLessThan(240);

    const afterStop = await statuses(first, newsletter);
    expect(afterStop.find((s) => s.status === 'sending')).toBeUndefined();
    expect(afterStop).toEqual([
      { status: 'queued', locked: false, n: 240 - result.sent },
      { status: 'sent', locked: true, n: result.sent },
    ]);
    // Exactly the messages the server accepted are recorded as sent: no accepted send lost its record.
    const sentIds = await sentMessageIds(first, newsletter);
    expect(new Set(accepted.slice(before))).toEqual(new Set(sentIds));
    expect(await first.engine.run(newsletter)).toMatchObject({ claimed: 0 }); // a stopped engine starts nothing

    const second = await engineApp();
    expect(await second.engine.run(newsletter, 60, { continueForMs: 60_000 })).toMatchObject({ claimed: 240 - result.sent, sent: 240 - result.sent });
    const all = await sentMessageIds(second, newsletter);
    expect(all).toHaveLength(240);
    const arrived = accepted.slice(before);
    expect(arrived).toHaveLength(240);
    expect(new Set(arrived)).toEqual(new Set(all));
  }, 90_000);

  it('markSendingMany only takes rows of its own claim and records sent rows of that claim in the same statement', async () => {
    const app = await engineApp();
    const newsletter = await startedNewsletter(app, 3);
    const now = new Date();
    const mine = await app.deliveries.claim(newsletter, 'worker-a:1', now, 60_000, 2);
    const theirs = await app.deliveries.claim(newsletter, 'worker-b:1', now, 60_000, 2);
    expect(mine).toHaveLength(2);
    expect(theirs).toHaveLength(1);
    const first = await app.deliveries.markSendingMany([mine[0]!.id, theirs[0]!.id], 'worker-a:1', now, 60_000);
    expect([...first.ours]).toEqual([mine[0]!.id]);
    // Next group: marks the second row sending and records the first (handed over meanwhile) as sent, in one statement.
    const second = await app.deliveries.markSendingMany([mine[1]!.id], 'worker-a:1', now, 60_000, {
      ids: [mine[0]!.id, theirs[0]!.id],
      interruptedReason: NEWSLETTER_INTERRUPTED_REASON,
    });
    expect([...second.ours]).toEqual([mine[1]!.id]);
    expect(second.recorded).toBe(1); // worker-b's row is not ours to record
    const rows = (await app.ds.query(`SELECT id, status FROM newsletter_deliveries WHERE newsletter_id = $1`, [newsletter])) as Array<{ id: string; status: string }>;
    const status = new Map(rows.map((r) => [r.id, r.status]));
    expect([status.get(mine[0]!.id), status.get(mine[1]!.id), status.get(theirs[0]!.id)]).toEqual(['sent', 'sending', 'queued']);
  }, 60_000);
});
