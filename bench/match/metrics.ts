/**
 * Ranking metrics of the match evaluation. A ranking is a list of person ids, best first; `judged` maps person id to its
 * graded relevance 0–3 (absent = 0). Every function returns a value in 0..1.
 */
export type Judged = ReadonlyMap<string, number>;

/** Relevance at which a person counts as "relevant" for MRR and recall (2 = strong transferable, 3 = could start). */
export const RELEVANT = 2;

const gain = (relevance: number) => 2 ** relevance - 1;
const discount = (position: number) => Math.log2(position + 2); // position is 0-based: rank 1 → log2(2) = 1

/**
 * nDCG@k with exponential gain 2^rel − 1 and discount log2(rank + 1). The ideal ranking sorts every judged person of the
 * pool (`judged`) by relevance. 0 when nobody in the pool is relevant at all.
 */
export function ndcgAt(ranking: readonly string[], judged: Judged, k = 10): number {
  let dcg = 0;
  ranking.slice(0, k).forEach((id, i) => (dcg += gain(judged.get(id) ?? 0) / discount(i)));
  const ideal = [...judged.values()].filter((r) => r > 0).sort((a, b) => b - a).slice(0, k);
  const idcg = ideal.reduce((sum, r, i) => sum + gain(r) / discount(i), 0);
  return idcg === 0 ? 0 : dcg / idcg;
}

/** Reciprocal rank of the first person with relevance ≥ RELEVANT anywhere in the ranking (0 when none appears). */
export function reciprocalRank(ranking: readonly string[], judged: Judged): number {
  const index = ranking.findIndex((id) => (judged.get(id) ?? 0) >= RELEVANT);
  return index === -1 ? 0 : 1 / (index + 1);
}

/** Share of the pool's people with relevance ≥ RELEVANT that appear in the top k (0 when the pool has none). */
export function recallAt(ranking: readonly string[], judged: Judged, k = 20): number {
  const relevant = [...judged.entries()].filter(([, r]) => r >= RELEVANT).map(([id]) => id);
  if (relevant.length === 0) return 0;
  const top = new Set(ranking.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

export interface Scores {
  ndcg10: number;
  mrr: number;
  recall20: number;
}

export function scoreRanking(ranking: readonly string[], judged: Judged): Scores {
  return { ndcg10: ndcgAt(ranking, judged, 10), mrr: reciprocalRank(ranking, judged), recall20: recallAt(ranking, judged, 20) };
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

export function meanScores(scores: readonly Scores[]): Scores {
  return { ndcg10: mean(scores.map((s) => s.ndcg10)), mrr: mean(scores.map((s) => s.mrr)), recall20: mean(scores.map((s) => s.recall20)) };
}
