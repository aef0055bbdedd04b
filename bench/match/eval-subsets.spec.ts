import type { EvalDataset } from './eval-dataset';
import { evaluate } from './eval-subsets';

describe('evaluate (per subset)', () => {
  // One Dutch vacancy; n1, n2 Dutch profiles, e1, e2 English profiles.
  const data: EvalDataset = {
    vacancies: [{ id: 'v', lang: 'nl', title: 'Kok', text: 'tekst' }],
    people: (['n1', 'n2', 'e1', 'e2'] as const).map((id) => ({
      id, lang: id.startsWith('n') ? 'nl' : 'en', headline: 'x', text: 'y', region: 'Utrecht', availability: 'immediately', languages: [],
    })),
    judgments: [
      { vacancyId: 'v', personId: 'n1', relevance: 3 },
      { vacancyId: 'v', personId: 'e1', relevance: 2 },
      { vacancyId: 'v', personId: 'e2', relevance: 0 },
    ],
  };
  const rankings = new Map([['v', ['e2', 'n2', 'e1', 'n1']]]);

  it('restricts both the ranking and the ideal pool to the subset’s profile language', () => {
    // nl→en: ranking e2(0), e1(2); pool e1 → DCG = 3/log2(3) = 1.892789, IDCG = 3 → 0.630930; MRR 1/2; recall 1.
    const cross = evaluate(data, rankings, { name: 'nl→en', vacancyLang: 'nl', personLang: 'en' }).mean;
    expect(cross.ndcg10).toBeCloseTo(0.63093, 5);
    expect(cross.mrr).toBe(0.5);
    expect(cross.recall20).toBe(1);
    // nl→nl: ranking n2(0), n1(3); pool n1 → 7/log2(3) / 7 = 0.630930; MRR 1/2.
    const same = evaluate(data, rankings, { name: 'nl→nl', vacancyLang: 'nl', personLang: 'nl' }).mean;
    expect(same.ndcg10).toBeCloseTo(0.63093, 5);
    expect(same.mrr).toBe(0.5);
    // all: first relevant is e1 at rank 3.
    expect(evaluate(data, rankings, { name: 'all', vacancyLang: null, personLang: null }).mean.mrr).toBeCloseTo(1 / 3, 10);
    // en vacancies: none in the set → no scores.
    expect(evaluate(data, rankings, { name: 'en→en', vacancyLang: 'en', personLang: 'en' }).perVacancy.size).toBe(0);
  });
});
