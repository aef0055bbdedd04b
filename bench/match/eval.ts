/**
 * npm run match:eval -- [dir] [--top <vacancyId>]
 *   dir: default bench/match/dataset (format in bench/match/README.md);
 *   --top v03,v11: also print the top 10 of Kring and the baseline (norm 0) for these vacancies, with each person's judged
 *   relevance (to read failures).
 *
 * Search & Match quality (issue 8 item 4): nDCG@10, MRR (first person with relevance ≥ 2) and recall@20 (of relevance ≥ 2)
 * per vacancy and averaged, for Kring's matcher (extraction + the PostgreSQL ranking, eval-kring.ts) and a plain
 * PostgreSQL full-text baseline over the same texts (eval-baseline.ts), in one throw-away embedded PostgreSQL.
 * Cross-lingual subsets rank only the people whose profile is in one language (the same ranking, filtered).
 * Ends with one line: `nDCG@10 kring … vs baseline … (…x); MRR …; recall@20 …; nl→en … vs same-language … (…%) (…)`.
 */
import path from 'node:path';
import { datasetProblems, judgmentMap, loadDataset, type EvalDataset, type EvalLanguage } from './eval-dataset';
import { BASELINE_NORMALIZATIONS, loadBaseline, rankBaseline } from './eval-baseline';
import { startEvalDatabase } from './eval-database';
import { runKring } from './eval-kring';
import { SUBSETS, evaluate, type Rankings } from './eval-subsets';

const log = (line: string) => console.log(line);
const f2 = (n: number) => n.toFixed(2);
const f3 = (n: number) => n.toFixed(3);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const topAt = args.indexOf('--top');
  const topVacancy = topAt === -1 ? null : (args.splice(topAt, 2)[1] ?? null);
  const dir = path.resolve(args[0] ?? path.join(__dirname, 'dataset'));
  const data = loadDataset(dir);
  const problems = datasetProblems(data);
  if (problems.length) {
    problems.slice(0, 20).forEach((p) => log(`dataset problem: ${p}`));
    throw new Error(`${problems.length} dataset problem(s) in ${dir}`);
  }
  const count = (lang: EvalLanguage, rows: Array<{ lang: EvalLanguage }>) => rows.filter((r) => r.lang === lang).length;
  log(
    `dataset ${dir}: ${data.vacancies.length} vacancies (${count('nl', data.vacancies)} nl, ${count('en', data.vacancies)} en), ` +
      `${data.people.length} people (${count('nl', data.people)} nl, ${count('en', data.people)} en), ${data.judgments.length} judgments ` +
      `(${data.judgments.filter((j) => j.relevance >= 2).length} with relevance ≥ 2)`,
  );

  const db = await startEvalDatabase();
  try {
    const kring = await runKring(db.dataSource, data.vacancies, data.people);
    log(
      `kring: ranking = PostgreSQL RankingRepository (libs/server/match/src/matching); extraction ${(kring.extractionMs / 1000).toFixed(1)} s for ` +
        `${data.people.length + data.vacancies.length} texts (${kring.personSkills} person skills, ${kring.vacancySkills} vacancy skills); ` +
        `ranking ${(kring.rankingMs / data.vacancies.length).toFixed(1)} ms per vacancy`,
    );
    await loadBaseline(db.dataSource, data.people);
    const baselines = new Map<number, Rankings>();
    for (const normalization of BASELINE_NORMALIZATIONS) {
      const rankings: Rankings = new Map();
      for (const vacancy of data.vacancies) rankings.set(vacancy.id, await rankBaseline(db.dataSource, vacancy, normalization));
      baselines.set(normalization, rankings);
    }

    const systems: Array<[string, Rankings]> = [
      ['kring', kring.rankings],
      ...[...baselines].map(([n, r]) => [`baseline fts (norm ${n})`, r] as [string, Rankings]),
    ];
    const results = new Map(systems.map(([name, rankings]) => [name, new Map(SUBSETS.map((s) => [s.name, evaluate(data, rankings, s)]))]));

    log('');
    log('per vacancy (all people)            kring nDCG@10  MRR   R@20 | baseline(norm 0) nDCG@10  MRR   R@20');
    for (const v of data.vacancies) {
      const k = results.get('kring')!.get('all')!.perVacancy.get(v.id)!;
      const b = results.get('baseline fts (norm 0)')!.get('all')!.perVacancy.get(v.id)!;
      log(
        `${v.id} ${v.lang} ${v.title.slice(0, 28).padEnd(28)}   ${f2(k.ndcg10)}   ${f2(k.mrr)}  ${f2(k.recall20)} |                  ${f2(b.ndcg10)}   ${f2(b.mrr)}  ${f2(b.recall20)}`,
      );
    }
    log('');
    log(`${'system'.padEnd(24)} ${'subset'.padEnd(6)} nDCG@10   MRR    R@20`);
    for (const [name] of systems) {
      for (const s of SUBSETS) {
        const m = results.get(name)!.get(s.name)!.mean;
        log(`${name.padEnd(24)} ${s.name.padEnd(6)} ${f3(m.ndcg10)}   ${f3(m.mrr)}  ${f3(m.recall20)}`);
      }
    }

    for (const id of topVacancy?.split(',') ?? []) printTop(data, id, systems.slice(0, 2));

    const k = results.get('kring')!;
    const [bestName, best] = systems
      .slice(1)
      .map(([name]) => [name, results.get(name)!] as const)
      .reduce((a, b) => (b[1].get('all')!.mean.ndcg10 > a[1].get('all')!.mean.ndcg10 ? b : a));
    const all = k.get('all')!.mean;
    const base = best.get('all')!.mean;
    const crossNl = k.get('nl→en')!.mean.ndcg10;
    const sameNl = k.get('nl→nl')!.mean.ndcg10;
    const ratio = base.ndcg10 === 0 ? Infinity : all.ndcg10 / base.ndcg10;
    const gap = sameNl === 0 ? 0 : ((crossNl - sameNl) / sameNl) * 100;
    log('');
    log(`goals: kring/baseline nDCG@10 ≥ 1.2x (compared with the stronger baseline, ${bestName}); nl→en within 10% of nl→nl`);
    log(
      `nDCG@10 kring ${f2(all.ndcg10)} vs baseline ${f2(base.ndcg10)} (${f2(ratio)}x); MRR ${f2(all.mrr)} vs ${f2(base.mrr)}; ` +
        `recall@20 ${f2(all.recall20)} vs ${f2(base.recall20)}; nl→en ${f2(crossNl)} vs same-language ${f2(sameNl)} ` +
        `(${gap >= 0 ? '+' : ''}${gap.toFixed(0)}%) (${data.vacancies.length} vacancies, ${data.people.length} people)`,
    );
  } finally {
    await db.close();
  }
}

function printTop(data: EvalDataset, vacancyId: string, systems: Array<[string, Rankings]>): void {
  const judged = judgmentMap(data.judgments).get(vacancyId) ?? new Map<string, number>();
  const people = new Map(data.people.map((p) => [p.id, p]));
  for (const [name, rankings] of systems) {
    log('');
    log(`top 10 for ${vacancyId}, ${name} (relevance, profile language, headline):`);
    (rankings.get(vacancyId) ?? []).slice(0, 10).forEach((id, i) => {
      const p = people.get(id);
      log(`${String(i + 1).padStart(2)}. ${id} ${judged.get(id) ?? 0} ${p?.lang ?? '?'} ${p?.headline ?? ''}`);
    });
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
