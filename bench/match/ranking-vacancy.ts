/**
 * The bench:match vacancy and filter cases, shared by run.ts (the benchmark) and ranking-check.ts (identity check and
 * EXPLAIN on a kept database): the extractor's top 15 skills and 2 occupations for a 600-word Dutch text.
 */
import type { ConceptGraph } from '../../libs/server/match/src/matching/concept-graph';
import { buildRankingPlan, RankingPlan, VacancyRequirements } from '../../libs/server/match/src/matching/ranking-plan';
import type { RankingFilters } from '../../libs/server/match/src/matching/ranking.repository';

const PARAGRAPH =
  'Voor onze afdeling ICT zoeken wij een ervaren Senior Java-ontwikkelaar. Je ontwerpt en bouwt applicaties in Java en ' +
  'Spring, schrijft SQL voor PostgreSQL en Oracle, en werkt met Git, Docker en Kubernetes. Je test je code met unit tests, ' +
  'werkt samen in een Scrum-team met analisten en testers, en adviseert over software-architectuur. Kennis van Excel, SAP ' +
  'en projectmanagement is een pré. Je communiceert helder in het Nederlands en Engels, begeleidt junior collega\'s en ' +
  'denkt mee over kwaliteit, beveiliging en privacy. ';

export const VACANCY_TITLE = 'Senior Java-ontwikkelaar';

export function vacancyText(words: number): string {
  const out: string[] = [];
  while (out.length < words) out.push(...PARAGRAPH.trim().split(/\s+/));
  return out.slice(0, words).join(' ');
}

/** The request time of every ranking in the benchmark. */
export const BENCH_NOW = new Date('2027-01-15T10:00:00Z');

/** The timed filter cases (limit 20 unless given). */
export const BENCH_CASES: Array<[string, Partial<RankingFilters>]> = [
  ['no filters', {}],
  ['region', { region: 'Utrecht' }],
  ['language + min score 0.3', { language: 'nl', minScore: 0.3 }],
  ['phase exit + available by', { phases: ['exit'], availableBy: '2027-03-01' }],
  ['distance 50 km', { maxDistanceKm: 50 }],
  ['page 5', { offset: 80 }],
];

/** The vacancy's requirements from the extractor's result for vacancyText(600). */
export function benchRequirements(extracted: { skills: Array<{ uri: string }>; occupations: Array<{ uri: string }> }): VacancyRequirements {
  return {
    skills: extracted.skills.slice(0, 15).map(({ uri }, i) => ({ uri, kind: i < 10 ? 'essential' : 'optional' })),
    occupations: extracted.occupations.slice(0, 2).map((o) => o.uri),
    region: 'Utrecht',
    latitude: 52.09,
    longitude: 5.12,
    languages: ['nl'],
    startBy: '2027-03-01',
  };
}

export function benchPlan(extracted: Parameters<typeof benchRequirements>[0], graph: ConceptGraph): RankingPlan {
  return buildRankingPlan(benchRequirements(extracted), graph);
}
