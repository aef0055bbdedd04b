/**
 * npm run bench:enqueue [-- --reseed]
 *
 * Newsletter "send now" at scale (issue 6): one organisation with 50,000 people who have an email address and
 * granted, unexpired `newsletter` consent (plus a few suppressed addresses and a few people without consent),
 * a segment selecting them and a newsletter with nl and en variants (bench/newsletter/fixture.ts). Each run times
 * the real code path of "send now": NewsletterDispatcher.start in one transaction (segment -> people ids, the
 * set-based INSERT … SELECT of newsletter_deliveries, the status change and one pg-boss newsletterSend job per
 * NEWSLETTER_BATCH_SIZE recipients), booted in a minimal Nest module like the mailings integration tests. Between
 * runs the deliveries and jobs are deleted and the newsletter is reset to draft. BENCH_RUNS runs (5 by default).
 * Target: every run (max) under 3 s.
 * Embedded PostgreSQL in .data/bench/newsletter-postgres on BENCH_ENQUEUE_PORT (54343, loopback), reused between runs.
 */
import { Client } from 'pg';
import { NEWSLETTER_BATCH_SIZE } from '@kring/server-mailings';
import { QueueNames } from '@kring/server-queue';
import { openDispatcher, resetNewsletter, seedNewsletterAudience, startBenchDatabase } from './fixture';

const PORT = Number(process.env['BENCH_ENQUEUE_PORT'] ?? 54343);
const PEOPLE = Number(process.env['BENCH_RECIPIENTS'] ?? 50_000);
const RUNS = Math.min(100, Math.max(1, Number(process.env['BENCH_RUNS'] ?? 5)));
const TARGET_S = 3;

async function main(): Promise<void> {
  console.log(`bench: embedded PostgreSQL in .data/bench/newsletter-postgres on 127.0.0.1:${PORT}`);
  const db = await startBenchDatabase('newsletter-postgres', { port: PORT, database: 'kring_bench_newsletter' });
  try {
    const seeded = await seedNewsletterAudience(db.url, { people: PEOPLE, reseed: process.argv.includes('--reseed') });
    const dispatcher = await openDispatcher(db.url);
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const timings: number[] = [];
      let recipients = 0;
      let jobs = 0;
      for (let run = 0; run < RUNS; run++) {
        await resetNewsletter(db.url, seeded);
        const started = process.hrtime.bigint();
        recipients = await dispatcher.start(seeded);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        timings.push(seconds);
        const [row] = (await client.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1`, [QueueNames.newsletterSend])).rows;
        jobs = row.n;
        console.log(`bench: run ${run + 1}/${RUNS}: ${seconds.toFixed(2)} s, ${recipients} recipients, ${jobs} jobs`);
      }
      await resetNewsletter(db.url, seeded);
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
      await client.end();
      await dispatcher.close();
    }
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
