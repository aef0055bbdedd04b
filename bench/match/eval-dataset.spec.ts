import path from 'node:path';
import { datasetProblems, judgmentMap, loadDataset, PROTECTED_FIELDS, type EvalDataset } from './eval-dataset';
import { generateDataset } from './eval-generate-dataset';

const DIR = path.join(__dirname, 'dataset');
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('the committed evaluation dataset', () => {
  const data = loadDataset(DIR);

  it('passes every integrity check (unique ids, known ids in judgments, ≥ 3 relevant per vacancy, both languages)', () => {
    expect(datasetProblems(data)).toEqual([]);
  });

  it('has the size and spread the issue asks for', () => {
    const nl = data.vacancies.filter((v) => v.lang === 'nl');
    const en = data.vacancies.filter((v) => v.lang === 'en');
    expect(nl.length).toBeGreaterThanOrEqual(12);
    expect(en.length).toBeGreaterThanOrEqual(12);
    expect(data.people.length).toBeGreaterThanOrEqual(300);
    expect(data.people.filter((p) => p.lang === 'en').length).toBeGreaterThanOrEqual(60);
    for (const v of data.vacancies) expect(words(v.text)).toBeGreaterThanOrEqual(120);
    for (const v of data.vacancies) expect(words(v.text)).toBeLessThanOrEqual(400);
    for (const p of data.people) expect(words(p.text)).toBeGreaterThanOrEqual(50);
    for (const p of data.people) expect(words(p.text)).toBeLessThanOrEqual(250);
  });

  it('judges at least 30 people per vacancy, with graded relevance', () => {
    const judged = judgmentMap(data.judgments);
    for (const v of data.vacancies) {
      const row = judged.get(v.id)!;
      expect(row.size).toBeGreaterThanOrEqual(30);
      expect(new Set(row.values()).size).toBeGreaterThanOrEqual(3);
    }
  });

  it('holds no protected field in people.jsonl', () => {
    const keys = new Set(data.people.flatMap((p) => Object.keys(p)));
    expect([...keys].sort()).toEqual(['availability', 'headline', 'id', 'lang', 'languages', 'region', 'text']);
    for (const field of PROTECTED_FIELDS) expect(keys.has(field)).toBe(false);
  });

  it('is exactly what the generator writes (reproducible from the committed sources)', () => {
    expect(generateDataset()).toEqual(data);
  });
});

describe('datasetProblems', () => {
  const tiny = (): EvalDataset => ({
    vacancies: [
      { id: 'v1', lang: 'nl', title: 'Kok', text: 'tekst' },
      { id: 'v2', lang: 'en', title: 'Cook', text: 'text' },
    ],
    people: ['p1', 'p2', 'p3'].map((id, i) => ({ id, lang: i ? 'en' : 'nl', headline: 'Kok', text: 't', region: 'Utrecht', availability: 'immediately', languages: ['nl'] })),
    judgments: ['v1', 'v2'].flatMap((vacancyId) => ['p1', 'p2', 'p3'].map((personId) => ({ vacancyId, personId, relevance: 3 as const }))),
  });

  it('accepts a valid set and names each defect', () => {
    expect(datasetProblems(tiny())).toEqual([]);
    const broken = tiny();
    broken.people.push({ ...broken.people[0]!, gender: 'f' } as never);
    broken.judgments.push({ vacancyId: 'v9', personId: 'p1', relevance: 2 });
    broken.judgments[0]!.relevance = 0;
    expect(datasetProblems(broken)).toEqual([
      'person: duplicate id p1',
      'person p1: protected field gender',
      'judgment: unknown vacancy v9',
      'vacancy v1: only 2 people with relevance ≥ 2 (at least 3)',
    ]);
  });

  it('requires both languages', () => {
    const onlyDutch = tiny();
    onlyDutch.vacancies = onlyDutch.vacancies.filter((v) => v.lang === 'nl');
    onlyDutch.judgments = onlyDutch.judgments.filter((j) => j.vacancyId === 'v1');
    expect(datasetProblems(onlyDutch)).toEqual(['no en vacancy']);
  });
});
