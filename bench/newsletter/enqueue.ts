/**
 * npm run bench:enqueue [-- --reseed]
 *
 * Newsletter "send now" at scale (issue 6): one organisation with 50,000 people who have an email address and
 * granted, unexpired `newsletter` consent (plus a few suppressed addresses and a few people without consent),
 * a segment selecting them and a newsletter with nl and en variants. Each run times the real code path of
 * "send now": NewsletterDispatcher.start in one transaction (segment -> people ids, the set-based INSERT … SELECT
 * of newsletter_deliveries, the status change and one pg-boss newsletterSend job per 500 recipients), booted in a
 * minimal Nest module like the mailings integration tests. Between runs the deliveries and jobs are deleted and
 * the newsletter is reset to draft. BENCH_RUNS runs (5 by default). Target: every run (max) under 3 s.
 * Embedded PostgreSQL in .data/bench/newsletter-postgres on BENCH_ENQUEUE_PORT (54343, loopback), reused between runs.
 */
import path from 'node:path';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ConfigModule, loadConfig } from '@kring/server-config';
import { asOrganisationId, DatabaseModule, migrate, startEmbeddedPostgres, type OrganisationId } from '@kring/server-database';
import { NEWSLETTER_BATCH_SIZE, NewsletterDispatcher, NewslettersModule } from '@kring/server-mailings';
import { QueueModule, QueueNames } from '@kring/server-queue';

const ROOT = path.resolve(__dirname, '..', '..');
const DATA_DIR = path.join(ROOT, '.data', 'bench', 'newsletter-postgres');
const PORT = Number(process.env['BENCH_ENQUEUE_PORT'] ?? 54343);
const PEOPLE = Number(process.env['BENCH_RECIPIENTS'] ?? 50_000);
const RUNS = Math.min(100, Math.max(1, Number(process.env['BENCH_RUNS'] ?? 5)));
const TARGET_S = 3;
const DB = 'kring_bench_newsletter';
const SLUG = 'bench-newsletter';

interface Seeded {
  org: OrganisationId;
  newsletterId: string;
}

async function seed(client: Client): Promise<Seeded> {
  const [existing] = (await client.query(`SELECT id FROM organisations WHERE slug = $1`, [SLUG])).rows;
  if (existing && !process.argv.includes('--reseed')) {
    const { rows } = await client.query(`SELECT id FROM newsletters WHERE organisation_id = $1 ORDER BY created_at LIMIT 1`, [existing.id]);
    if (rows[0]) return { org: asOrganisationId(existing.id), newsletterId: rows[0].id };
  }
  await client.query(`DELETE FROM organisations WHERE slug = $1`, [SLUG]);
  const { rows } = await client.query(
    `INSERT INTO organisations (name, slug, default_locale) VALUES ('Bench Nieuwsbrief', $1, 'nl') RETURNING id`,
    [SLUG],
  );
  const org: string = rows[0].id;
  console.log(`bench: seeding ${PEOPLE} people with newsletter consent (+ suppressed and without consent)…`);
  // The audience: alumni with an address, a quarter of them English, all with granted unexpired newsletter consent.
  await client.query(
    `INSERT INTO people (organisation_id, first_name, email, phase, locale)
     SELECT $1, 'Alumnus ' || i, 'alumnus' || i || '@bench.example', 'exit', CASE WHEN i % 4 = 0 THEN 'en' ELSE 'nl' END
     FROM generate_series(1, $2) i`,
    [org, PEOPLE],
  );
  await client.query(
    `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at, expires_at)
     SELECT $1, id, 'newsletter', 'granted', 'bench', now() - interval '30 days', now() + interval '2 years'
     FROM people WHERE organisation_id = $1`,
    [org],
  );
  // Realism: 200 more with consent but a suppressed address, 300 without any consent (both skipped by the enqueue).
  await client.query(
    `WITH p AS (
       INSERT INTO people (organisation_id, first_name, email, phase, locale)
       SELECT $1, 'Onbestelbaar ' || i, 'bounce' || i || '@bench.example', 'exit', 'nl' FROM generate_series(1, 200) i RETURNING id, email)
     , c AS (
       INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at, expires_at)
       SELECT $1, id, 'newsletter', 'granted', 'bench', now() - interval '30 days', now() + interval '2 years' FROM p)
     INSERT INTO mail_suppressions (organisation_id, email, reason, source) SELECT $1, email, 'hard_bounce', 'bench' FROM p`,
    [org],
  );
  await client.query(
    `INSERT INTO people (organisation_id, first_name, email, phase, locale)
     SELECT $1, 'Zonder toestemming ' || i, 'noconsent' || i || '@bench.example', 'exit', 'nl' FROM generate_series(1, 300) i`,
    [org],
  );
  const segment = await client.query(
    `INSERT INTO segments (organisation_id, name, description, filter)
     VALUES ($1, 'Oud-collega''s met nieuwsbrief', 'Bench: alumni with newsletter consent', $2) RETURNING id`,
    [org, JSON.stringify({ phases: ['exit'], consentPurpose: 'newsletter' })],
  );
  const newsletter = await client.query(
    `INSERT INTO newsletters (organisation_id, name, segment_id) VALUES ($1, 'Nieuwsbrief december', $2) RETURNING id`,
    [org, segment.rows[0].id],
  );
  const newsletterId: string = newsletter.rows[0].id;
  await client.query(
    `INSERT INTO newsletter_variants (organisation_id, newsletter_id, locale, subject, preheader, body_markdown) VALUES
       ($1, $2, 'nl', 'Nieuws uit Kring, {{voornaam}}', 'Wat er speelt', '# Hallo {{voornaam}}\n\nWe openen een **nieuwe locatie**.'),
       ($1, $2, 'en', 'News from Kring, {{firstName}}', 'What is going on', '# Hello {{firstName}}\n\nWe are opening a **new site**.')`,
    [org, newsletterId],
  );
  await client.query(`ANALYZE`);
  return { org: asOrganisationId(org), newsletterId };
}

/** Back to the state before "send now": no deliveries, no newsletterSend jobs, a draft. */
async function reset(client: Client, { org, newsletterId }: Seeded): Promise<void> {
  await client.query(`DELETE FROM newsletter_deliveries WHERE organisation_id = $1 AND newsletter_id = $2`, [org, newsletterId]);
  await client.query(`DELETE FROM pgboss.job WHERE name = $1`, [QueueNames.newsletterSend]);
  await client.query(
    `UPDATE newsletters SET status = 'draft', scheduled_at = NULL, started_at = NULL, finished_at = NULL, cancelled_at = NULL
      WHERE organisation_id = $1 AND id = $2`,
    [org, newsletterId],
  );
}

async function main(): Promise<void> {
  console.log(`bench: embedded PostgreSQL in .data/bench/newsletter-postgres on 127.0.0.1:${PORT}`);
  const pg = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: PORT, persistent: true });
  try {
    const admin = new Client({ connectionString: pg.adminUrl });
    await admin.connect();
    if (!(await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [DB])).rowCount) await admin.query(`CREATE DATABASE ${DB}`);
    await admin.end();
    const url = pg.urlFor(DB);
    await migrate(url);
    const client = new Client({ connectionString: url });
    await client.connect();
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: url,
      DATABASE_POOL_MAX: '4',
      PUBLIC_URL: 'http://localhost:3999',
      SMTP_URL: 'smtp://127.0.0.1:1',
      LOG_LEVEL: 'error',
      STORAGE_DIR: path.join(ROOT, '.data', 'bench', 'newsletter-storage'),
    });
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot({ config }), DatabaseModule.forRoot(), QueueModule.forRoot({ worker: false }), NewslettersModule],
    }).compile();
    moduleRef.useLogger(false);
    try {
      await moduleRef.init();
      const seeded = await seed(client);
      const dataSource = moduleRef.get(DataSource);
      const dispatcher = moduleRef.get(NewsletterDispatcher, { strict: false });
      const timings: number[] = [];
      let recipients = 0;
      let jobs = 0;
      for (let run = 0; run < RUNS; run++) {
        await reset(client, seeded);
        const started = process.hrtime.bigint();
        recipients = await dataSource.transaction((tx) => dispatcher.start(tx, seeded.org, seeded.newsletterId));
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        timings.push(seconds);
        const [row] = (await client.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1`, [QueueNames.newsletterSend])).rows;
        jobs = row.n;
        console.log(`bench: run ${run + 1}/${RUNS}: ${seconds.toFixed(2)} s, ${recipients} recipients, ${jobs} jobs`);
      }
      await reset(client, seeded);
      if (recipients !== PEOPLE || jobs !== Math.ceil(PEOPLE / NEWSLETTER_BATCH_SIZE)) {
        throw new Error(`bench: expected ${PEOPLE} recipients and ${Math.ceil(PEOPLE / NEWSLETTER_BATCH_SIZE)} jobs, got ${recipients} and ${jobs}`);
      }
      const sorted = [...timings].sort((a, b) => a - b);
      const p50 = sorted[Math.floor((sorted.length - 1) / 2)]!;
      const max = sorted[sorted.length - 1]!;
      const ok = max < TARGET_S;
      console.log(
        `bench:enqueue p50 ${p50.toFixed(2)} s, max ${max.toFixed(2)} s (target < ${TARGET_S} s: ${ok ? 'OK' : 'TOO SLOW'}; ${recipients} recipients, ${jobs} jobs)`,
      );
      if (!ok) process.exitCode = 1;
    } finally {
      await moduleRef.close();
      await client.end();
    }
  } finally {
    await pg.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
