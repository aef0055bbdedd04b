/** Scores rankings per vacancy, for all people or for one vacancy-language → profile-language subset. */
import { judgmentMap, type EvalDataset, type EvalLanguage } from './eval-dataset';
import { meanScores, scoreRanking, type Scores } from './metrics';

export type Rankings = Map<string, string[]>;

export interface Subset {
  name: string;
  vacancyLang: EvalLanguage | null;
  personLang: EvalLanguage | null;
}
export const SUBSETS: Subset[] = [
  { name: 'all', vacancyLang: null, personLang: null },
  { name: 'nl→nl', vacancyLang: 'nl', personLang: 'nl' },
  { name: 'nl→en', vacancyLang: 'nl', personLang: 'en' },
  { name: 'en→en', vacancyLang: 'en', personLang: 'en' },
  { name: 'en→nl', vacancyLang: 'en', personLang: 'nl' },
];

/** Mean scores over the subset's vacancies, each ranking and pool restricted to the subset's people. */
export function evaluate(data: EvalDataset, rankings: Rankings, subset: Subset): { mean: Scores; perVacancy: Map<string, Scores> } {
  const judged = judgmentMap(data.judgments);
  const inPool = new Set(data.people.filter((p) => subset.personLang === null || p.lang === subset.personLang).map((p) => p.id));
  const perVacancy = new Map<string, Scores>();
  for (const vacancy of data.vacancies) {
    if (subset.vacancyLang !== null && vacancy.lang !== subset.vacancyLang) continue;
    const pool = new Map([...(judged.get(vacancy.id) ?? new Map<string, number>())].filter(([id]) => inPool.has(id)));
    const ranking = (rankings.get(vacancy.id) ?? []).filter((id) => inPool.has(id));
    perVacancy.set(vacancy.id, scoreRanking(ranking, pool));
  }
  return { mean: meanScores([...perVacancy.values()]), perVacancy };
}

