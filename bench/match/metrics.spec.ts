import { mean, meanScores, ndcgAt, recallAt, reciprocalRank, scoreRanking } from './metrics';

const judged = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('ndcgAt', () => {
  it('uses gain 2^rel − 1, discount log2(rank + 1) and the ideal order of the whole pool', () => {
    // ranking a(3), b(0), c(2); pool also holds d(3).
    // DCG@3  = 7/log2(2) + 0/log2(3) + 3/log2(4) = 7 + 0 + 1.5 = 8.5
    // IDCG@3 = ideal 3, 3, 2 = 7/1 + 7/log2(3) + 3/2 = 7 + 4.416508 + 1.5 = 12.916508
    // nDCG@3 = 8.5 / 12.916508 = 0.658072
    expect(ndcgAt(['a', 'b', 'c'], judged({ a: 3, b: 0, c: 2, d: 3 }), 3)).toBeCloseTo(0.658072, 5);
  });

  it('is 1 for the ideal order and counts only the top k', () => {
    const pool = judged({ a: 3, b: 2, c: 1 });
    expect(ndcgAt(['a', 'b', 'c'], pool, 10)).toBeCloseTo(1, 10);
    // k = 1: only x (unjudged = 0) counts → DCG 0.
    expect(ndcgAt(['x', 'a'], pool, 1)).toBe(0);
    // k = 2, ranking x, a: DCG = 0 + 7/log2(3) = 4.416508; IDCG@2 = 7 + 3/log2(3) = 8.892789 → 0.496641
    expect(ndcgAt(['x', 'a'], pool, 2)).toBeCloseTo(0.496641, 5);
  });

  it('is 0 when the pool has nobody relevant', () => {
    expect(ndcgAt(['a', 'b'], judged({ a: 0, b: 0 }))).toBe(0);
  });
});

describe('reciprocalRank', () => {
  it('takes the first person with relevance ≥ 2', () => {
    // a is only related (1), b not relevant, c strong (2) at rank 3 → 1/3
    expect(reciprocalRank(['a', 'b', 'c'], judged({ a: 1, b: 0, c: 2 }))).toBeCloseTo(1 / 3, 10);
    expect(reciprocalRank(['c', 'a'], judged({ a: 1, c: 3 }))).toBe(1);
  });

  it('is 0 when no relevant person is ranked', () => {
    expect(reciprocalRank(['a', 'unjudged'], judged({ a: 1, z: 3 }))).toBe(0);
  });
});

describe('recallAt', () => {
  it('is the share of people with relevance ≥ 2 in the top k', () => {
    // relevant: a, c, e (b is only related). Top 2 = a, b → 1 of 3; top 4 = a, b, c, d → 2 of 3.
    const pool = judged({ a: 3, b: 1, c: 2, e: 2 });
    expect(recallAt(['a', 'b', 'c', 'd'], pool, 2)).toBeCloseTo(1 / 3, 10);
    expect(recallAt(['a', 'b', 'c', 'd'], pool, 4)).toBeCloseTo(2 / 3, 10);
  });

  it('is 0 when the pool has nobody relevant', () => {
    expect(recallAt(['a'], judged({ a: 1 }), 20)).toBe(0);
  });
});

describe('averages', () => {
  it('scores one ranking with all three metrics and averages per vacancy', () => {
    // ranking b(2), a(3): nDCG@10 = (3 + 7/log2(3)) / (7 + 3/log2(3)) = 7.416508 / 8.892789 = 0.833991; MRR 1; recall 1.
    const one = scoreRanking(['b', 'a'], judged({ a: 3, b: 2 }));
    expect(one.ndcg10).toBeCloseTo(0.833991, 5);
    expect(one).toMatchObject({ mrr: 1, recall20: 1 });
    const two = scoreRanking([], judged({ a: 3 }));
    expect(two).toEqual({ ndcg10: 0, mrr: 0, recall20: 0 });
    const avg = meanScores([one, two]);
    expect(avg.ndcg10).toBeCloseTo(0.833991 / 2, 5);
    expect(avg.mrr).toBe(0.5);
    expect(mean([])).toBe(0);
  });
});
