/**
 * npm run bench:alerts [-- --reseed]
 *
 * Job-alert matching at scale: 100k saved alerts (and their people, consents and a few suppressions) in one
 * organisation, 2,000 vacancies; then one new vacancy is published and the instant path's claim query
 * (JobAlertsRepository.claimInstant: match, eligibility, delivery rows) runs in a transaction that is rolled
 * back, BENCH_RUNS times (20 by default), for a few different vacancies. Target: p95 < 50 ms.
 * Embedded PostgreSQL in .data/bench/alerts-postgres on BENCH_ALERTS_PORT (54341), reused between runs.
 */
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { asOrganisationId, dataSourceOptions, migrate, startEmbeddedPostgres } from '@kring/server-database';
import { jobAlertMatchSql, JobAlertsRepository, vacancySkillsLateral } from '@kring/server-mailings';

const ROOT = path.resolve(__dirname, '..', '..');
const DATA_DIR = path.join(ROOT, '.data', 'bench', 'alerts-postgres');
const PORT = Number(process.env['BENCH_ALERTS_PORT'] ?? 54341);
const ALERTS = Number(process.env['BENCH_ALERTS'] ?? 100_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 20);
const TARGET_MS = 50;
const DB = 'kring_bench_alerts';

const WORDS = ['verpleegkundige', 'nurse', 'kok', 'chef', 'developer', 'engineer', 'monteur', 'logistiek', 'teamleider', 'zorg', 'helpende', 'docent', 'planner', 'data', 'marketing', 'verkoper'];
const PLACES = ['utrecht', 'amsterdam', 'rotterdam', 'zeist', 'amersfoort', 'den haag', 'eindhoven', 'groningen'];
const SKILLS = ['wondzorg', 'big', 'python', 'postgresql', 'heftruck', 'haccp', 'excel', 'scrum', 'palliatieve zorg', 'typescript'];
const TYPES = ['permanent', 'temporary', 'flex', 'internship', 'freelance'];

async function seed(client: Client): Promise<string> {
  const [existing] = (await client.query(`SELECT id FROM organisations WHERE slug = 'bench-alerts'`)).rows;
  if (existing && !process.argv.includes('--reseed')) return existing.id;
  await client.query(`DELETE FROM organisations WHERE slug = 'bench-alerts'`);
  const { rows } = await client.query(`INSERT INTO organisations (name, slug) VALUES ('Bench Alerts', 'bench-alerts') RETURNING id`);
  const org: string = rows[0].id;
  const arr = (a: string[]) => `ARRAY[${a.map((w) => `'${w}'`).join(',')}]`;
  console.log(`bench: seeding ${ALERTS} people, consents and alerts…`);
  await client.query(
    `INSERT INTO people (organisation_id, first_name, email, phase, locale)
     SELECT $1, 'Alumnus ' || i, 'alumnus' || i || '@bench.example', 'exit', CASE WHEN i % 4 = 0 THEN 'en' ELSE 'nl' END
     FROM generate_series(1, $2) i`,
    [org, ALERTS],
  );
  await client.query(
    `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at, expires_at)
     SELECT $1, id, 'job_alerts', CASE WHEN random() < 0.9 THEN 'granted' ELSE 'withdrawn' END, 'bench', now(), now() + interval '2 years'
     FROM people WHERE organisation_id = $1`,
    [org],
  );
  await client.query(
    `INSERT INTO mail_suppressions (organisation_id, email, reason, source)
     SELECT $1, email, 'hard_bounce', 'bench' FROM people WHERE organisation_id = $1 AND random() < 0.01`,
    [org],
  );
  // One alert per person, of mixed kinds: keywords (40 %), skills (20 %), places + types (20 %), functions (20 %); a third instant.
  await client.query(
    `INSERT INTO job_alert_subscriptions (organisation_id, person_id, keywords, functions, skills, locations, employment_types, frequency)
     SELECT $1, p.id,
            CASE WHEN k < 4 THEN (${arr(WORDS)})[1 + (n % ${WORDS.length})] || CASE WHEN n % 3 = 0 THEN ' ' || (${arr(PLACES)})[1 + (n % ${PLACES.length})] ELSE '' END ELSE '' END,
            CASE WHEN k >= 8 THEN ARRAY[(${arr(WORDS)})[1 + (n % ${WORDS.length})]] ELSE '{}' END,
            CASE WHEN k IN (4, 5) THEN ARRAY[(${arr(SKILLS)})[1 + (n % ${SKILLS.length})]] ELSE '{}' END,
            CASE WHEN k IN (6, 7) THEN ARRAY[(${arr(PLACES)})[1 + (n % ${PLACES.length})]] ELSE '{}' END,
            CASE WHEN k IN (6, 7) THEN ARRAY[(${arr(TYPES)})[1 + (n % ${TYPES.length})]] ELSE '{}' END,
            (ARRAY['instant', 'daily', 'weekly'])[1 + (n % 3)]
     FROM (SELECT id, row_number() OVER (ORDER BY id) AS n, (row_number() OVER (ORDER BY id)) % 10 AS k FROM people WHERE organisation_id = $1) p`,
    [org],
  );
  await client.query(
    `INSERT INTO vacancies (organisation_id, title, description_markdown, location, employment_type, skills, status, opened_at)
     SELECT $1, initcap((${arr(WORDS)})[1 + (i % ${WORDS.length})]) || ' ' || i, 'Wij zoeken een collega. We are looking for a colleague.',
            initcap((${arr(PLACES)})[1 + (i % ${PLACES.length})]), (${arr(TYPES)})[1 + (i % ${TYPES.length})],
            ARRAY[(${arr(SKILLS)})[1 + (i % ${SKILLS.length})]], 'open', now() - interval '30 days'
     FROM generate_series(1, 2000) i`,
    [org],
  );
  await client.query(`ANALYZE`);
  return org;
}

async function main(): Promise<void> {
  const pg = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: PORT, persistent: true });
  const admin = new Client({ connectionString: pg.adminUrl });
  await admin.connect();
  if (!(await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [DB])).rowCount) await admin.query(`CREATE DATABASE ${DB}`);
  await admin.end();
  const url = pg.urlFor(DB);
  await migrate(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  const dataSource = new DataSource(dataSourceOptions({ url, poolMax: 2, ssl: 'disable' }));
  await dataSource.initialize();
  try {
    const org = asOrganisationId(await seed(client));
    const repo = new JobAlertsRepository(dataSource);
    const samples = [
      { title: 'Verpleegkundige wondzorg', location: 'Utrecht', type: 'permanent', skills: ['Wondzorg', 'BIG'] },
      { title: 'Senior developer', location: 'Amsterdam', type: 'permanent', skills: ['Python', 'PostgreSQL'] },
      { title: 'Kok', location: 'Zeist', type: 'flex', skills: ['HACCP'] },
    ];
    const timings: number[] = [];
    const matchTimings: number[] = [];
    let matched = 0;
    for (const [i, s] of samples.entries()) {
      const { rows } = await client.query(
        `INSERT INTO vacancies (organisation_id, title, description_markdown, location, employment_type, skills, status, opened_at)
         VALUES ($1, $2, 'Nieuwe vacature / new vacancy', $3, $4, $5, 'open', now()) RETURNING id`,
        [org, `${s.title} (bench ${Date.now()}-${i})`, s.location, s.type, s.skills],
      );
      const vacancyId: string = rows[0].id;
      for (let run = 0; run < RUNS; run++) {
        const t0 = process.hrtime.bigint();
        await client.query(
          `SELECT count(DISTINCT s.person_id) FROM vacancies v ${vacancySkillsLateral('v', 'vl')} JOIN job_alert_subscriptions s ON s.organisation_id = v.organisation_id AND s.frequency = 'instant'
           WHERE v.organisation_id = $1 AND v.id = $2 AND ${jobAlertMatchSql('s', 'v', 'vl.skills')}`,
          [org, vacancyId],
        );
        matchTimings.push(Number(process.hrtime.bigint() - t0) / 1e6);
        const started = process.hrtime.bigint();
        await dataSource
          .transaction(async (tx) => {
            matched = (await repo.claimInstant(org, vacancyId, new Date(), tx)).length;
            throw new Rollback();
          })
          .catch((e) => {
            if (!(e instanceof Rollback)) throw e;
          });
        timings.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      console.log(`bench: "${s.title}" matches ${matched} eligible people`);
      await client.query(`DELETE FROM vacancies WHERE id = $1`, [vacancyId]);
    }
    const pct = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
    const p95 = pct(matchTimings, 0.95);
    console.log(`bench:alerts match only (all instant alerts vs one vacancy): p50 ${pct(matchTimings, 0.5).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
    console.log(`bench:alerts claim (match + eligibility + delivery rows, rolled back): p50 ${pct(timings, 0.5).toFixed(1)} ms, p95 ${pct(timings, 0.95).toFixed(1)} ms`);
    console.log(`bench:alerts ${ALERTS} alerts, ${timings.length} runs: match p95 ${p95.toFixed(1)} ms (target < ${TARGET_MS} ms) ${p95 < TARGET_MS ? 'OK' : 'TOO SLOW'}`);
    if (p95 >= TARGET_MS) process.exitCode = 1;
  } finally {
    await dataSource.destroy();
    await client.end();
    await pg.stop();
  }
}

class Rollback extends Error {}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
