import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { asOrganisationId } from '@kring/server-database';
import { NewsletterDispatcher } from '@kring/server-mailings';
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
