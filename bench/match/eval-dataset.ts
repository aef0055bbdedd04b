/** The evaluation dataset format (documented in bench/match/README.md): types, loader and integrity checks. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type EvalLanguage = 'nl' | 'en';

export interface EvalVacancy {
  id: string;
  lang: EvalLanguage;
  title: string;
  text: string;
}

export interface EvalPerson {
  id: string;
  /** Language the profile is written in. */
  lang: EvalLanguage;
  /** The person's own headline or function title (may not name the job). */
  headline: string;
  /** Profile and CV-like text. */
  text: string;
  /** Dutch province or city region. */
  region: string;
  /** "immediately", "within N month(s)" or "from yyyy-mm-dd". */
  availability: string;
  /** ISO 639-1 codes of languages the person speaks. */
  languages: string[];
}

export interface EvalJudgment {
  vacancyId: string;
  personId: string;
  /** 0 not relevant, 1 related, 2 strong transferable, 3 could start. */
  relevance: 0 | 1 | 2 | 3;
}

export interface EvalDataset {
  vacancies: EvalVacancy[];
  people: EvalPerson[];
  judgments: EvalJudgment[];
}

/** Fields a people.jsonl row must never carry: the matcher must not read them, so the set does not hold them. */
export const PROTECTED_FIELDS = ['name', 'firstName', 'lastName', 'gender', 'sex', 'birthDate', 'dateOfBirth', 'age', 'nationality', 'photo', 'address'];
const PERSON_FIELDS = ['id', 'lang', 'headline', 'text', 'region', 'availability', 'languages'];

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as T;
      } catch {
        throw new Error(`${file}:${i + 1}: not JSON`);
      }
    });
}

export function loadDataset(dir: string): EvalDataset {
  return {
    vacancies: readJsonl<EvalVacancy>(path.join(dir, 'vacancies.jsonl')),
    people: readJsonl<EvalPerson>(path.join(dir, 'people.jsonl')),
    judgments: readJsonl<EvalJudgment>(path.join(dir, 'judgments.jsonl')),
  };
}

/** Relevance per vacancy id, then person id (unjudged pairs are absent = 0). */
export function judgmentMap(judgments: EvalJudgment[]): Map<string, Map<string, number>> {
  const map = new Map<string, Map<string, number>>();
  for (const j of judgments) {
    let row = map.get(j.vacancyId);
    if (!row) map.set(j.vacancyId, (row = new Map()));
    row.set(j.personId, j.relevance);
  }
  return map;
}

/** Every problem with the dataset, as readable lines (empty = valid). */
export function datasetProblems(data: EvalDataset): string[] {
  const problems: string[] = [];
  const unique = (kind: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (typeof id !== 'string' || id === '') problems.push(`${kind}: missing id`);
      else if (seen.has(id)) problems.push(`${kind}: duplicate id ${id}`);
      seen.add(id);
    }
    return seen;
  };
  const vacancyIds = unique('vacancy', data.vacancies.map((v) => v.id));
  const personIds = unique('person', data.people.map((p) => p.id));
  for (const v of data.vacancies) {
    if (v.lang !== 'nl' && v.lang !== 'en') problems.push(`vacancy ${v.id}: lang must be nl or en`);
    if (!v.title || !v.text) problems.push(`vacancy ${v.id}: title and text are required`);
  }
  for (const p of data.people) {
    if (p.lang !== 'nl' && p.lang !== 'en') problems.push(`person ${p.id}: lang must be nl or en`);
    if (!p.headline && !p.text) problems.push(`person ${p.id}: headline or text is required`);
    for (const key of Object.keys(p)) {
      if (PROTECTED_FIELDS.some((f) => f.toLowerCase() === key.toLowerCase())) problems.push(`person ${p.id}: protected field ${key}`);
      else if (!PERSON_FIELDS.includes(key)) problems.push(`person ${p.id}: unknown field ${key}`);
    }
  }
  const pairs = new Set<string>();
  for (const j of data.judgments) {
    if (!vacancyIds.has(j.vacancyId)) problems.push(`judgment: unknown vacancy ${j.vacancyId}`);
    if (!personIds.has(j.personId)) problems.push(`judgment: unknown person ${j.personId}`);
    if (![0, 1, 2, 3].includes(j.relevance)) problems.push(`judgment ${j.vacancyId}/${j.personId}: relevance must be 0–3`);
    const key = `${j.vacancyId}/${j.personId}`;
    if (pairs.has(key)) problems.push(`judgment ${key}: judged twice`);
    pairs.add(key);
  }
  const judged = judgmentMap(data.judgments);
  for (const v of data.vacancies) {
    const relevant = [...(judged.get(v.id)?.values() ?? [])].filter((r) => r >= 2).length;
    if (relevant < 3) problems.push(`vacancy ${v.id}: only ${relevant} people with relevance ≥ 2 (at least 3)`);
  }
  for (const lang of ['nl', 'en'] as const) {
    if (!data.vacancies.some((v) => v.lang === lang)) problems.push(`no ${lang} vacancy`);
    if (!data.people.some((p) => p.lang === lang)) problems.push(`no ${lang} person`);
  }
  return problems;
}
