/**
 * node -r @swc-node/register bench/match/extraction-profile.ts [--runs N] [--words N]
 *
 * The extraction half of `npm run bench:match`, on its own and in more detail: how long the shipped bundle takes to
 * read, the label index to build and the extractor to warm up (once per process, what `getExtractor()` does before the
 * first text; `--no-warm-up` skips the warm-up to show what the first calls of a cold process cost), then N extractions of the same ~600-word text bench/match/run.ts
 * uses (same paragraph, same title), reporting wall-clock and CPU time per call (p50/p95) and the load average, so a
 * slow figure can be told apart from a busy machine. Add `--cpu-prof` before `-r` to write a V8 profile:
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof -r @swc-node/register bench/match/extraction-profile.ts
 */
import os from 'node:os';
import { loadEscoBundle } from '@kring/server-esco';
import { createExtractor, warmUp } from '../../libs/server/match/src/extraction';

// The paragraph of bench/match/run.ts (kept in step by hand: run.ts belongs to the ranking benchmark).
const PARAGRAPH =
  'Voor onze afdeling ICT zoeken wij een ervaren Senior Java-ontwikkelaar. Je ontwerpt en bouwt applicaties in Java en ' +
  'Spring, schrijft SQL voor PostgreSQL en Oracle, en werkt met Git, Docker en Kubernetes. Je test je code met unit tests, ' +
  'werkt samen in een Scrum-team met analisten en testers, en adviseert over software-architectuur. Kennis van Excel, SAP ' +
  'en projectmanagement is een pré. Je communiceert helder in het Nederlands en Engels, begeleidt junior collega\'s en ' +
  'denkt mee over kwaliteit, beveiliging en privacy. ';
const TITLE = 'Senior Java-ontwikkelaar';

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

function vacancyText(words: number): string {
  const out: string[] = [];
  while (out.length < words) out.push(...PARAGRAPH.trim().split(/\s+/));
  return out.slice(0, words).join(' ');
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
const load = () => os.loadavg().map((value) => value.toFixed(2)).join(' ');

async function main(): Promise<void> {
  const runs = argument('--runs', 30);
  const text = vacancyText(argument('--words', 600));
  console.log(`load average before: ${load()}`);

  let started = performance.now();
  let cpu = process.cpuUsage();
  const bundle = await loadEscoBundle();
  console.log(`bundle read and parsed: ${(performance.now() - started).toFixed(0)} ms wall, ${cpuMs(process.cpuUsage(cpu)).toFixed(0)} ms CPU`);
  started = performance.now();
  cpu = process.cpuUsage();
  const extractor = createExtractor(bundle);
  console.log(
    `index built: ${(performance.now() - started).toFixed(0)} ms wall, ${cpuMs(process.cpuUsage(cpu)).toFixed(0)} ms CPU ` +
      `(${extractor.index.entries.length} label entries)`,
  );

  if (!process.argv.includes('--no-warm-up')) console.log(`warm-up (built-in text): ${warmUp(extractor).toFixed(0)} ms wall`);

  started = performance.now();
  const first = extractor.extract(text, { title: TITLE });
  console.log(
    `first call: ${(performance.now() - started).toFixed(1)} ms; ${first.skills.length} skills, ${first.occupations.length} occupations; ` +
      `top skills: ${first.skills.slice(0, 5).map((skill) => skill.label).join(', ')}`,
  );

  const wall: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    const start = performance.now();
    extractor.extract(text, { title: TITLE });
    wall.push(performance.now() - start);
    cpuTimes.push(cpuMs(process.cpuUsage(before)));
  }
  const words = text.split(/\s+/).length;
  console.log(
    `extraction (${words} words, ${runs} runs): wall p50 ${percentile(wall, 50).toFixed(1)} ms, p95 ${percentile(wall, 95).toFixed(1)} ms; ` +
      `CPU p50 ${percentile(cpuTimes, 50).toFixed(1)} ms, p95 ${percentile(cpuTimes, 95).toFixed(1)} ms; load average after: ${load()}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
