/**
 * Identity check and EXPLAIN for the ranking statement, on a database kept by `BENCH_MATCH_KEEP=1 npm run bench:match`
 * (it prints `kept: <url>`).
 *
 *   node -r @swc-node/register bench/match/ranking-check.ts <url> capture <file.json>   every case's output, to a file
 *   node -r @swc-node/register bench/match/ranking-check.ts <url> compare <file.json>   the same cases now, vs the file
 *   node -r @swc-node/register bench/match/ranking-check.ts <url> explain [case]        EXPLAIN (ANALYZE, BUFFERS), limit 20
 *   node -r @swc-node/register bench/match/ranking-check.ts <url> time [runs]           p50/p95 and CPU (workers included) per case
 *   node -r @swc-node/register bench/match/ranking-check.ts <url> sql [case]            the statement with literal parameters, for psql
 *   node -r @swc-node/register bench/match/ranking-check.ts <url> recount               each plan's stored rows vs a fresh scoring
 *
 * capture/compare cover three vacancy variants (the bench vacancy; one without coordinates, languages or start date;
 * one without occupations), fifteen filter sets, pages 1, 2, 5, 125, the last partial page, past the end, limit 100, and
 * the complete ranking of the unfiltered and two filtered cases (every row, as a SHA-256 of its JSON).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { DataSource } from 'typeorm';
import { asOrganisationId, dataSourceOptions, MatchPlansRepository, OrganisationId } from '@kring/server-database';
import { indexEscoBundle, loadEscoBundle } from '@kring/server-esco';
import { extract } from '../../libs/server/match/src/extraction';
import { conceptGraph } from '../../libs/server/match/src/matching/concept-graph';
import { buildRankingPlan, RankingPlan } from '../../libs/server/match/src/matching/ranking-plan';
import { RANKING_WORK_MEM, RankingFilters, rankingParameters, RankingRepository, storedPlan } from '../../libs/server/match/src/matching/ranking.repository';
import { RANKING_SQL } from '../../libs/server/match/src/matching/ranking.sql';
import { BENCH_CASES, BENCH_NOW, benchRequirements, VACANCY_TITLE, vacancyText } from './ranking-vacancy';

const FILTER_SETS: Array<[string, Partial<RankingFilters>]> = [
  ...BENCH_CASES.filter(([name]) => name !== 'page 5'),
  ['distance 10 km', { maxDistanceKm: 10 }],
  ['distance 100 km + min score 0.4', { maxDistanceKm: 100, minScore: 0.4 }],
  ['min score 0.5', { minScore: 0.5 }],
  ['phases information, relation', { phases: ['information', 'relation'] }],
  ['phase employment', { phases: ['employment'] }],
  ['language en', { language: 'en' }],
  ['region Amsterdam + min score 0.2', { region: 'amsterdam', minScore: 0.2 }],
  ['available by', { availableBy: '2027-02-01' }],
  ['region + distance 30 km', { region: 'Utrecht', maxDistanceKm: 30 }],
  ['nothing matches', { region: 'Maastricht' }],
];

interface Outcome {
  name: string;
  total: number;
  rows?: unknown[];
  sha256?: string;
  count?: number;
}

async function outcomes(dataSource: DataSource, org: OrganisationId, plans: Array<[string, RankingPlan]>): Promise<Outcome[]> {
  const ranking = new RankingRepository(dataSource, new MatchPlansRepository(dataSource));
  const out: Outcome[] = [];
  for (const [planName, plan] of plans) {
    for (const [filterName, filters] of FILTER_SETS) {
      const rank = (limit: number, offset: number) => ranking.rank(org, plan, { ...filters, limit, offset }, BENCH_NOW);
      const first = await rank(20, 0);
      const pages: Array<[number, number]> = [
        [20, 20],
        [20, 80],
        [20, 2480],
        [20, Math.max(0, first.total - 7)],
        [20, first.total + 5],
        [100, 0],
      ];
      out.push({ name: `${planName} / ${filterName} / limit 20 offset 0`, total: first.total, rows: first.rows });
      for (const [limit, offset] of pages) {
        const r = await rank(limit, offset);
        out.push({ name: `${planName} / ${filterName} / limit ${limit} offset ${offset}`, total: r.total, rows: r.rows });
      }
      if (planName === 'bench' && ['no filters', 'region', 'language + min score 0.3'].includes(filterName)) {
        const all = await rank(1_000_000, 0);
        out.push({
          name: `${planName} / ${filterName} / every row`,
          total: all.total,
          count: all.rows.length,
          sha256: createHash('sha256').update(JSON.stringify(all.rows)).digest('hex'),
        });
      }
    }
  }
  return out;
}

async function main(): Promise<void> {
  const [url, mode, arg] = process.argv.slice(2);
  if (!url || !mode) throw new Error('usage: ranking-check.ts <url> capture|compare|explain|time|sql|recount [file|case|runs]');
  const dataSource = await new DataSource(dataSourceOptions({ url, poolMax: 2, ssl: 'disable' })).initialize();
  try {
    const [org] = await dataSource.query(`SELECT id FROM organisations WHERE slug = 'bench-match'`);
    const organisationId = asOrganisationId(org.id);
    const graph = conceptGraph(indexEscoBundle(await loadEscoBundle()));
    const requirements = benchRequirements(await extract(vacancyText(600), { title: VACANCY_TITLE }));
    const plans: Array<[string, RankingPlan]> = [
      ['bench', buildRankingPlan(requirements, graph)],
      ['no coordinates/languages/start', buildRankingPlan({ ...requirements, latitude: null, longitude: null, languages: [], startBy: null }, graph)],
      ['no occupations, two languages', buildRankingPlan({ ...requirements, occupations: [], languages: ['nl', 'en'] }, graph)],
    ];
    const plan = plans[0]![1];
    const planId = async () => (await new MatchPlansRepository(dataSource).ensure(organisationId, storedPlan(plan))).id;

    if (mode === 'recount') {
      // The maintained rows of every plan equal a fresh scoring of all people (match_scores_for_plan), row for row.
      for (const [name, p] of plans) {
        const { id } = await new MatchPlansRepository(dataSource).ensure(organisationId, storedPlan(p));
        const [diff] = await dataSource.query(
          `SELECT (SELECT count(*) FROM match_scores WHERE plan_id = $2)::int AS stored,
                  (SELECT count(*) FROM ((SELECT * FROM match_scores WHERE plan_id = $2 EXCEPT ALL SELECT * FROM match_scores_for_plan($1, $2))
                     UNION ALL (SELECT * FROM match_scores_for_plan($1, $2) EXCEPT ALL SELECT * FROM match_scores WHERE plan_id = $2)) d)::int AS different`,
          [organisationId, id],
        );
        console.log(`${name}: ${diff.stored} stored rows, ${diff.different} different from a recount`);
        if (diff.different) process.exitCode = 1;
      }
      return;
    }

    if (mode === 'capture' || mode === 'compare') {
      if (!arg) throw new Error('file required');
      const now = await outcomes(dataSource, organisationId, plans);
      if (mode === 'capture') {
        writeFileSync(arg, JSON.stringify(now));
        console.log(`captured ${now.length} outcomes to ${arg}`);
        return;
      }
      const before: Outcome[] = JSON.parse(readFileSync(arg, 'utf8'));
      let different = 0;
      for (let i = 0; i < Math.max(before.length, now.length); i++) {
        if (JSON.stringify(before[i]) !== JSON.stringify(now[i])) {
          different++;
          if (different <= 5) console.log(`DIFFERENT: ${before[i]?.name ?? now[i]?.name}\n  before ${JSON.stringify(before[i]).slice(0, 600)}\n  now    ${JSON.stringify(now[i]).slice(0, 600)}`);
        }
      }
      const rows = now.reduce((n, o) => n + (o.rows?.length ?? o.count ?? 0), 0);
      console.log(`${now.length} outcomes (${rows} rows), ${different} different`);
      process.exitCode = different === 0 ? 0 : 1;
      return;
    }

    if (mode === 'explain') {
      const filters = BENCH_CASES.find(([name]) => name === (arg ?? 'no filters'))?.[1];
      if (!filters) throw new Error(`unknown case ${arg}`);
      const f = { limit: 20, offset: 0, ...filters };
      const id = await planId();
      const rows: Array<Record<string, string>> = await dataSource.transaction(async (tx) => {
        await tx.query(`SET LOCAL work_mem = '${RANKING_WORK_MEM}'`);
        return tx.query(`EXPLAIN (ANALYZE, BUFFERS) ${RANKING_SQL}`, rankingParameters(id, organisationId, plan, f, BENCH_NOW, f.limit, f.offset));
      });
      console.log(rows.map((r) => Object.values(r)[0]).join('\n'));
      return;
    }

    if (mode === 'sql') {
      // The statement with its parameters inlined as literals (for psql experiments), limit 20.
      const filters = BENCH_CASES.find(([name]) => name === (arg ?? 'no filters'))?.[1];
      if (!filters) throw new Error(`unknown case ${arg}`);
      const f = { limit: 20, offset: 0, ...filters };
      const params = rankingParameters(await planId(), organisationId, plan, f, BENCH_NOW, f.limit, f.offset);
      const literal = (v: unknown): string =>
        v === null || v === undefined
          ? 'NULL'
          : Array.isArray(v)
            ? `ARRAY[${v.map(literal).join(', ')}]`
            : v instanceof Date
              ? `'${v.toISOString()}'`
              : typeof v === 'number'
                ? String(v)
                : `'${String(v).replace(/'/g, "''")}'`;
      let sql = RANKING_SQL;
      for (let i = params.length; i >= 1; i--) sql = sql.replace(new RegExp(`\\$${i}(?!\\d)`, 'g'), `(${literal(params[i - 1])})`);
      console.log(`SET work_mem = '${RANKING_WORK_MEM}';\n${sql};`);
      return;
    }

    if (mode === 'time') {
      // The bench cases on the kept data, with the CPU of the backend (and any parallel workers) per run.
      const runs = Number(arg ?? 15);
      const ranking = new RankingRepository(dataSource, new MatchPlansRepository(dataSource));
      const cpu = async () => {
        const pids: Array<{ pid: number }> = await dataSource.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`);
        let ticks = 0;
        let postmaster = 0;
        for (const { pid } of pids) {
          const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
          ticks += Number(fields[11]) + Number(fields[12]); // utime + stime
          postmaster = Number(fields[1]);
        }
        // cutime + cstime of the postmaster: its exited children's CPU, parallel workers included.
        const fields = readFileSync(`/proc/${postmaster}/stat`, 'utf8').split(') ')[1]!.split(' ');
        return (ticks + Number(fields[13]) + Number(fields[14])) * 10;
      };
      console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(', ')}`);
      for (const [name, filters] of BENCH_CASES) {
        const run = () => ranking.rank(organisationId, plan, { limit: 20, offset: 0, ...filters }, BENCH_NOW);
        const { total } = await run();
        const samples: number[] = [];
        const before = await cpu();
        for (let i = 0; i < runs; i++) {
          const start = process.hrtime.bigint();
          await run();
          samples.push(Number(process.hrtime.bigint() - start) / 1e6);
        }
        const used = ((await cpu()) - before) / runs;
        samples.sort((a, b) => a - b);
        const p = (q: number) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)]!.toFixed(1);
        console.log(`${name.padEnd(28)} total ${String(total).padStart(6)}: p50 ${p(0.5)} ms, p95 ${p(0.95)} ms; CPU ${used.toFixed(1)} ms per run`);
      }
      console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(', ')}`);
      return;
    }
    throw new Error(`unknown mode ${mode}`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
