/**
 * Kring's matcher on the evaluation set, end to end as the product runs it:
 * 1. the extractor (libs/server/match/src/extraction) reads every person's headline + text; ALL skills it returns (its
 *    defaults: at most 50, score ≥ 0.1) and its top 3 occupations become person_skills / person_occupations
 *    (source `extracted_profile`);
 * 2. the extractor reads the vacancy title + text; as an HR user confirming suggestions would, its top 8 skills become
 *    essential, the next 12 optional, and its top 3 occupations the vacancy's occupations;
 * 3. the ranking helper's SQL (RankingRepository + buildRankingPlan, libs/server/match/src/matching) ranks every person in
 *    PostgreSQL. Region, start date and languages are left empty, so the score is essential (0.6) + optional (0.2) +
 *    occupation (0.2) skills matching with ESCO-related credit — the judgments do not use location, availability or
 *    spoken languages either.
 * These cut-offs were fixed before the first run and not tuned on the judgments.
 */
import type { DataSource } from 'typeorm';
import { asOrganisationId, MatchPlansRepository, type OrganisationId } from '@kring/server-database';
import { indexEscoBundle, loadEscoBundle } from '@kring/server-esco';
import { extract, type ExtractionResult } from '../../libs/server/match/src/extraction';
import { conceptGraph } from '../../libs/server/match/src/matching/concept-graph';
import { buildRankingPlan, type VacancyRequirements } from '../../libs/server/match/src/matching/ranking-plan';
import { RankingRepository } from '../../libs/server/match/src/matching/ranking.repository';
import type { EvalPerson, EvalVacancy } from './eval-dataset';

export const VACANCY_ESSENTIAL = 8;
export const VACANCY_OPTIONAL = 12;
export const OCCUPATIONS = 3;

export interface KringRun {
  /** Ranking per vacancy id: dataset person ids, best first (people with no matching concept are not listed). */
  rankings: Map<string, string[]>;
  extractionMs: number;
  rankingMs: number;
  personSkills: number;
  vacancySkills: number;
}

const evidence = (concept: ExtractionResult['skills'][number]) =>
  JSON.stringify(concept.evidence.slice(0, 3).map((e) => ({ text: e.text, field: e.field, via: e.via })));

async function loadPeople(ds: DataSource, org: OrganisationId, people: EvalPerson[]): Promise<{ uuidToId: Map<string, string>; skills: number; ms: number }> {
  const uuidToId = new Map<string, string>();
  let skills = 0;
  let ms = 0;
  for (const person of people) {
    const start = performance.now();
    const found = await extract(person.text, { title: person.headline });
    ms += performance.now() - start;
    // The first name is a placeholder required by the people table; ranking never reads it. The id is a hash of the
    // dataset id, so ties (ranking orders them by id) break the same way on every run and not by family order.
    const [row] = await ds.query(
      `INSERT INTO people (id, organisation_id, first_name, phase) VALUES (md5('eval:' || $2)::uuid, $1, 'Eval', 'orientation') RETURNING id`,
      [org, person.id],
    );
    uuidToId.set(row.id, person.id);
    await ds.query(
      `INSERT INTO consents (organisation_id, person_id, purpose, status, source, given_at) VALUES ($1, $2, 'matching', 'granted', 'eval', now() - interval '1 day')`,
      [org, row.id],
    );
    for (const [table, concepts] of [
      ['person_skills', found.skills],
      ['person_occupations', found.occupations.slice(0, OCCUPATIONS)],
    ] as const) {
      for (const c of concepts) {
        await ds.query(
          `INSERT INTO ${table} (organisation_id, person_id, uri, source, confidence, evidence) VALUES ($1, $2, $3, 'extracted_profile', $4, $5::jsonb)`,
          [org, row.id, c.uri, Math.min(1, c.score), evidence(c)],
        );
      }
    }
    skills += found.skills.length;
    await ds.query(
      `INSERT INTO person_match_profiles (organisation_id, person_id, languages, skill_count, occupation_count) VALUES ($1, $2, $3, $4, $5)`,
      [org, row.id, person.languages, found.skills.length, Math.min(OCCUPATIONS, found.occupations.length)],
    );
  }
  await ds.query(`ANALYZE`);
  return { uuidToId, skills, ms };
}

export async function runKring(ds: DataSource, vacancies: EvalVacancy[], people: EvalPerson[]): Promise<KringRun> {
  const graph = conceptGraph(indexEscoBundle(await loadEscoBundle()));
  const [org] = await ds.query(`INSERT INTO organisations (name, slug) VALUES ('Eval BV', 'match-eval') RETURNING id`);
  const organisationId = asOrganisationId(org.id);
  await extract('warm-up', {}); // loads the bundle and builds the index outside the timing
  const loaded = await loadPeople(ds, organisationId, people);
  const ranking = new RankingRepository(ds, new MatchPlansRepository(ds));
  const rankings = new Map<string, string[]>();
  let extractionMs = loaded.ms;
  let rankingMs = 0;
  let vacancySkills = 0;
  for (const vacancy of vacancies) {
    const start = performance.now();
    const found = await extract(vacancy.text, { title: vacancy.title });
    extractionMs += performance.now() - start;
    const skills = found.skills.slice(0, VACANCY_ESSENTIAL + VACANCY_OPTIONAL);
    vacancySkills += skills.length;
    const requirements: VacancyRequirements = {
      skills: skills.map((s, i) => ({ uri: s.uri, kind: i < VACANCY_ESSENTIAL ? 'essential' : 'optional' })),
      occupations: found.occupations.slice(0, OCCUPATIONS).map((o) => o.uri),
      region: null,
      latitude: null,
      longitude: null,
      languages: [],
      startBy: null,
    };
    const rankStart = performance.now();
    const { rows } = await ranking.rank(organisationId, buildRankingPlan(requirements, graph), { limit: people.length, offset: 0 }, new Date());
    rankingMs += performance.now() - rankStart;
    rankings.set(
      vacancy.id,
      rows.map((r) => loaded.uuidToId.get(r.personId)!),
    );
  }
  return { rankings, extractionMs, rankingMs, personSkills: loaded.skills, vacancySkills };
}
