/**
 * npm run bench:match
 *
 * Search & Match speed (issue 8 item 6):
 * - extraction of a 600-word Dutch vacancy (libs/server/match/src/extraction), after one warm-up call that builds the index;
 * - ranking 100,000 people of one organisation for a vacancy with 15 confirmed skills (10 essential, 5 optional), two
 *   occupations, a region, languages and a start date, with the real ranking code (libs/server/match/src/matching): the
 *   maintained scores of migration 1765040000000, read per request.
 *
 * A throw-away embedded PostgreSQL (temporary folder, BENCH_MATCH_PORT or a free port) is migrated and filled with set-based
 * SQL: 12 skills per person drawn with a skew from 3,000 ESCO skills (so the vacancy's skills are common, a hard case),
 * 1 occupation, 12 regions, languages, availability, coordinates for half, matching consent for 80 %, all six phases.
 * Prints the first ranking of the vacancy (it builds the plan's score rows; timed apart, the plan removed before each of
 * three runs), p50/p95 per filter case (wall clock) with the PostgreSQL backends' CPU time per run (from /proc: what one
 * ranking costs when other jobs share the machine), what keeping the rows current adds to a person's skill or region
 * change with one and with ten plans, the load average, and ends with one line:
 * `extraction p95 X ms (600 words); ranking p95 Y ms (100000 people)`.
 *
 *   BENCH_MATCH_PEOPLE=100000 BENCH_MATCH_RUNS=30 override the defaults
 *   BENCH_MATCH_KEEP=1 generates the data, prints the database URL and keeps it running (nothing timed) for experiments
 *   with other statements; stop the PostgreSQL process it started, then this process.
 *
 * The CPU figure counts the backends present in pg_stat_activity plus the CPU of the postmaster's exited children, which
 * is where parallel workers' CPU goes (they exit after each statement). So it is the CPU of the whole statement.
 *
 * Identity check, recount and EXPLAIN for changes to the statement: bench/match/ranking-check.ts on a kept database.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { asOrganisationId, dataSourceOptions, freePort, MatchPlansRepository, migrate, startEmbeddedPostgres } from '@kring/server-database';
import { indexEscoBundle, loadEscoBundle } from '@kring/server-esco';
import { extract } from '../../libs/server/match/src/extraction';
import { conceptGraph } from '../../libs/server/match/src/matching/concept-graph';
import { buildRankingPlan } from '../../libs/server/match/src/matching/ranking-plan';
import { RANKING_WORK_MEM, rankingParameters, RankingRepository, storedPlan } from '../../libs/server/match/src/matching/ranking.repository';
import { RANKING_SQL } from '../../libs/server/match/src/matching/ranking.sql';
import { BENCH_CASES, BENCH_NOW, benchRequirements, VACANCY_TITLE, vacancyText } from './ranking-vacancy';

const PEOPLE = Number(process.env['BENCH_MATCH_PEOPLE'] ?? 100_000);
const RUNS = Number(process.env['BENCH_MATCH_RUNS'] ?? 30);
const BUILD_RUNS = 3;
const EXTRA_PLANS = 9;
const SKILL_POOL = 3000;
const REGIONS = ['Utrecht', 'Amsterdam', 'Rotterdam', 'Den Haag', 'Eindhoven', 'Groningen', 'Tilburg', 'Almere', 'Breda', 'Nijmegen', 'Arnhem', 'Zwolle'];
const log = (line: string) => console.log(line);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const fmt = (ms: number) => ms.toFixed(1);

async function time(runs: number, fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/**
 * CPU time (ms) used so far by this database's PostgreSQL backends, from /proc (Linux; null elsewhere). Unlike wall-clock
 * time it hardly grows when other jobs load the machine, so it shows what one ranking costs by itself.
 */
async function backendCpuMs(dataSource: DataSource): Promise<number | null> {
  const rows: Array<{ pid: number }> = await dataSource.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`);
  let ticks = 0;
  let postmaster = 0;
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime + stime
      postmaster = Number(fields[1]); // ppid: every backend is a child of the postmaster
    } catch {
      return null;
    }
  }
  try {
    // cutime + cstime of the postmaster: the CPU of its children that have exited, parallel workers included.
    const fields = readFileSync(`/proc/${postmaster}/stat`, 'utf8').split(') ')[1]!.split(' ');
    ticks += Number(fields[13]) + Number(fields[14]);
  } catch {
    return null;
  }
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

async function main(): Promise<void> {
  // Extraction.
  const text = vacancyText(600);
  let extractionP95: number | null = null;
  const warm = process.hrtime.bigint();
  const result = await extract(text, { title: VACANCY_TITLE });
  log(`extraction: warm-up (loads the bundle, builds the index) ${fmt(Number(process.hrtime.bigint() - warm) / 1e6)} ms; ${result.skills.length} skills, ${result.occupations.length} occupations`);
  const extraction = await time(RUNS, () => extract(text, { title: VACANCY_TITLE }));
  extractionP95 = extraction.p95;
  log(`extraction (600 words, ${RUNS} runs): p50 ${fmt(extraction.p50)} ms, p95 ${fmt(extraction.p95)} ms`);

  // Database.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kring-bench-match-'));
  chmodSync(dir, 0o755);
  const port = Number(process.env['BENCH_MATCH_PORT'] ?? (await freePort()));
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port, persistent: false });
  let dataSource: DataSource | undefined;
  try {
    const admin = new DataSource({ type: 'postgres', url: pg.adminUrl });
    await admin.initialize();
    await admin.query(`CREATE DATABASE kring_bench_match`);
    await admin.destroy();
    const url = pg.urlFor('kring_bench_match');
    await migrate(url);
    dataSource = await new DataSource(dataSourceOptions({ url, poolMax: 2, ssl: 'disable' })).initialize();

    const index = indexEscoBundle(await loadEscoBundle());
    const graph = conceptGraph(index);
    // The vacancy: the extractor's top skills and occupations for the text above, so the concepts are realistic.
    const vacancySkills = result.skills.slice(0, 15).map((s) => s.uri);
    const pool = [...new Set([...vacancySkills, ...vacancySkills.flatMap((u) => [...graph.relatedSkills(u)].slice(0, 20)), ...[...index.skills.keys()]])].slice(
      0,
      SKILL_POOL,
    );
    const occupations = [...index.occupations.keys()].slice(0, 500);
    const vacancyOccupations = result.occupations.slice(0, 2).map((o) => o.uri);
    for (const uri of vacancyOccupations) if (!occupations.includes(uri)) occupations.unshift(uri);

    const generateStart = Date.now();
    const [org] = await dataSource.query(`INSERT INTO organisations (name, slug) VALUES ('Bench BV', 'bench-match') RETURNING id`);
    const organisationId = asOrganisationId(org.id);
    await dataSource.query(`SELECT setseed(0.42)`);
    await dataSource.query(`CREATE TEMP TABLE bench_skills AS SELECT ord::int - 1 AS i, uri FROM unnest($1::text[]) WITH ORDINALITY AS u(uri, ord)`, [pool]);
    await dataSource.query(`CREATE TEMP TABLE bench_occupations AS SELECT ord::int - 1 AS i, uri FROM unnest($1::text[]) WITH ORDINALITY AS u(uri, ord)`, [
      occupations,
    ]);
    await dataSource.query(`ALTER TABLE people DISABLE TRIGGER tr_people_initial_phase`);
    await dataSource.query(
      `INSERT INTO people (organisation_id, first_name, last_name, phase)
       SELECT $1, 'Persoon', n::text, (ARRAY['information','relation','orientation','entry','employment','exit'])[1 + n % 6]
         FROM generate_series(1, $2::int) n`,
      [organisationId, PEOPLE],
    );
    await dataSource.query(`ALTER TABLE people ENABLE TRIGGER tr_people_initial_phase`);
    await dataSource.query(
      `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at)
       SELECT organisation_id, id, 'matching', 'granted', 'bench', now() - interval '30 days' FROM people WHERE organisation_id = $1 AND random() < 0.8`,
      [organisationId],
    );
    // Skewed draw (random()^2): low pool indexes, where the vacancy's skills and their relatives sit, are the most common.
    await dataSource.query(
      `INSERT INTO person_skills (organisation_id, person_id, uri, source)
       SELECT DISTINCT ON (d.id, s.uri) $1::uuid, d.id, s.uri, 'extracted_profile'
         FROM (SELECT p.id, floor(${SKILL_POOL} * power(random(), 2))::int AS i
                 FROM people p CROSS JOIN generate_series(1, 12) k WHERE p.organisation_id = $1) d
         JOIN bench_skills s ON s.i = d.i`,
      [organisationId],
    );
    await dataSource.query(
      `INSERT INTO person_occupations (organisation_id, person_id, uri, source)
       SELECT $1::uuid, d.id, o.uri, 'hr'
         FROM (SELECT id, floor(${occupations.length} * power(random(), 3))::int AS i FROM people WHERE organisation_id = $1) d
         JOIN bench_occupations o ON o.i = d.i`,
      [organisationId],
    );
    // Statistics for the tables just filled, so the profile rows' trigger (it copies phase and consent, migration
    // 1764960000000) and the counts below look people, consents and concepts up by index.
    await dataSource.query(`ANALYZE people, consents, person_skills, person_occupations`);
    await dataSource.query(
      `INSERT INTO person_match_profiles (organisation_id, person_id, region, latitude, longitude, languages, available_from, internal_mobility, skill_count, occupation_count)
       SELECT p.organisation_id, p.id, ($2::text[])[1 + floor(random() * 12)::int],
              CASE WHEN x.located THEN 51.5 + random() * 1.5 END, CASE WHEN x.located THEN 4.5 + random() * 2 END,
              CASE WHEN random() < 0.7 THEN ARRAY['nl'] WHEN random() < 0.5 THEN ARRAY['en'] ELSE ARRAY['nl', 'en'] END,
              DATE '2027-01-01' + floor(random() * 180)::int, random() < 0.3,
              (SELECT count(*) FROM person_skills s WHERE s.organisation_id = p.organisation_id AND s.person_id = p.id),
              (SELECT count(*) FROM person_occupations o WHERE o.organisation_id = p.organisation_id AND o.person_id = p.id)
         FROM people p CROSS JOIN LATERAL (SELECT hashtext(p.id::text) % 2 = 0 AS located) x
        WHERE p.organisation_id = $1`,
      [organisationId, REGIONS],
    );
    await dataSource.query(`VACUUM ANALYZE`);
    const [counts] = await dataSource.query(
      `SELECT (SELECT count(*) FROM people)::int AS people, (SELECT count(*) FROM person_skills)::int AS skills,
              (SELECT count(*) FROM consents)::int AS consents`,
    );
    log(`data: ${counts.people} people, ${counts.skills} person skills, ${counts.consents} matching consents (generated in ${((Date.now() - generateStart) / 1000).toFixed(1)} s)`);

    const requirements = benchRequirements(result);
    const plan = buildRankingPlan(requirements, graph);
    log(`vacancy: ${requirements.skills.length} skills, ${plan.skillUris.length} skill URIs with relatives, ${plan.occupationUris.length} occupation URIs`);
    const plans = new MatchPlansRepository(dataSource);
    const ranking = new RankingRepository(dataSource, plans);
    const now = BENCH_NOW;
    const cases = BENCH_CASES;
    if (process.env['BENCH_MATCH_KEEP']) {
      // For experiments: leave the database running; nothing is timed (see the header for stopping it).
      log(`kept: ${url}`);
      await new Promise<never>(() => undefined);
    }
    log(`load average (1, 5, 15 min) before ranking: ${os.loadavg().map((l) => l.toFixed(2)).join(', ')} on ${os.cpus().length} CPUs`);

    // The first ranking of a vacancy (or of new requirements) builds the plan's score rows: timed apart, plan removed
    // before each run.
    const builds: number[] = [];
    for (let i = 0; i < BUILD_RUNS; i++) {
      await dataSource.query(`DELETE FROM match_plans WHERE organisation_id = $1`, [organisationId]);
      const start = process.hrtime.bigint();
      await ranking.rank(organisationId, plan, { limit: 20, offset: 0 }, now);
      builds.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const [{ rows: scoreRows }] = await dataSource.query(`SELECT count(*)::int AS rows FROM match_scores WHERE organisation_id = $1`, [organisationId]);
    log(`first ranking of the vacancy (builds ${scoreRows} score rows), ${BUILD_RUNS} runs: ${builds.map(fmt).join(', ')} ms`);

    if (process.env['BENCH_MATCH_EXPLAIN']) {
      const { id } = await plans.ensure(organisationId, storedPlan(plan));
      const params = rankingParameters(id, organisationId, plan, { limit: 20, offset: 0 }, now, 20, 0);
      const rows: Array<Record<string, string>> = await dataSource.transaction(async (tx) => {
        await tx.query(`SET LOCAL work_mem = '${RANKING_WORK_MEM}'`);
        return tx.query(`EXPLAIN (ANALYZE, BUFFERS) ${RANKING_SQL}`, params);
      });
      log(rows.map((r) => Object.values(r)[0]).join('\n'));
    }

    const p95s: number[] = [];
    for (const [name, filters] of cases) {
      const run = () => ranking.rank(organisationId, plan, { limit: 20, offset: 0, ...filters }, now);
      const { total } = await run();
      const cpuBefore = await backendCpuMs(dataSource);
      const timing = await time(RUNS, run);
      const cpuAfter = await backendCpuMs(dataSource);
      const cpu = cpuBefore === null || cpuAfter === null ? 'n/a' : `${fmt((cpuAfter - cpuBefore) / RUNS)} ms`;
      p95s.push(timing.p95);
      log(`ranking ${name.padEnd(28)} total ${String(total).padStart(6)}: p50 ${fmt(timing.p50)} ms, p95 ${fmt(timing.p95)} ms; PostgreSQL CPU ${cpu} per run`);
    }

    // What keeping the rows current costs a writer: one person's skill replaced, and one person's region changed, each in
    // its own transaction (the triggers recompute that person for every plan of the organisation): with the one plan,
    // then with EXTRA_PLANS more (the vacancy without one of its skills each, as if ten vacancies were being matched).
    const db = dataSource;
    const timeWrites = async (label: string, offset: number) => {
      const people: Array<{ person_id: string }> = await db.query(
        `SELECT person_id FROM person_match_profiles WHERE organisation_id = $1 AND matching_consent_until IS NOT NULL ORDER BY person_id LIMIT $2 OFFSET $3`,
        [organisationId, RUNS, offset],
      );
      const skillWrites: number[] = [];
      const profileWrites: number[] = [];
      for (const [i, { person_id: personId }] of people.entries()) {
        let start = process.hrtime.bigint();
        await db.transaction(async (tx) => {
          await tx.query(
            `DELETE FROM person_skills WHERE organisation_id = $1 AND person_id = $2
                AND uri = (SELECT min(uri) FROM person_skills WHERE organisation_id = $1 AND person_id = $2)`,
            [organisationId, personId],
          );
          await tx.query(`INSERT INTO person_skills (organisation_id, person_id, uri, source) VALUES ($1, $2, $3, 'hr') ON CONFLICT DO NOTHING`, [
            organisationId,
            personId,
            plan.skillUris[i % plan.skillUris.length],
          ]);
        });
        skillWrites.push(Number(process.hrtime.bigint() - start) / 1e6);
        start = process.hrtime.bigint();
        await db.query(`UPDATE person_match_profiles SET region = $3 WHERE organisation_id = $1 AND person_id = $2`, [
          organisationId,
          personId,
          REGIONS[i % REGIONS.length],
        ]);
        profileWrites.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      log(
        `writes with ${label} kept current (${people.length} runs): a person's skill replaced p50 ${fmt(percentile(skillWrites, 50))} ms, p95 ${fmt(percentile(skillWrites, 95))} ms; ` +
          `a person's region changed p50 ${fmt(percentile(profileWrites, 50))} ms, p95 ${fmt(percentile(profileWrites, 95))} ms`,
      );
    };
    await timeWrites('one plan', 0);
    for (let k = 0; k < EXTRA_PLANS; k++) {
      const variant = buildRankingPlan({ ...requirements, skills: requirements.skills.filter((_, i) => i !== k) }, graph);
      await ranking.rank(organisationId, variant, { limit: 20, offset: 0 }, now);
    }
    await timeWrites(`${1 + EXTRA_PLANS} plans`, RUNS);
    // Storage of the score rows, compacted first (the timed builds above left their deleted rows behind).
    await dataSource.query(`VACUUM FULL match_scores`);
    const [stored] = await dataSource.query(
      `SELECT count(*)::int AS rows, count(DISTINCT plan_id)::int AS plans, pg_total_relation_size('match_scores') AS bytes FROM match_scores`,
    );
    log(`score rows: ${stored.rows} for ${stored.plans} plans, ${(Number(stored.bytes) / 1048576).toFixed(1)} MB with their primary key`);
    const rankingP95 = Math.max(...p95s);
    log(`load average (1, 5, 15 min) at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(', ')} on ${os.cpus().length} CPUs`);
    log(`extraction p95 ${extractionP95 === null ? 'n/a' : fmt(extractionP95)} ms (600 words); ranking p95 ${fmt(rankingP95)} ms (${PEOPLE} people)`);
    process.exitCode = rankingP95 < 300 && (extractionP95 ?? 0) < 100 ? 0 : 1;
  } finally {
    await dataSource?.destroy();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
