import { MATCH_SCORES_SELECT } from '@kring/server-database';
import { RANKING_PERSON_COLUMNS, RANKING_SQL } from './ranking.sql';

/** The scoring statement (both scopes) and the ranking read: every SQL text that reads person facts for matching. */
const SCORING = [MATCH_SCORES_SELECT('plan'), MATCH_SCORES_SELECT('people')];

describe('the scoring SQL reads only whitelisted person columns', () => {
  it.each(SCORING.map((sql, i) => [i === 0 ? 'plan' : 'people', sql]))('%s scope: reads neither people nor consents (their facts come from person_match_profiles, kept current by triggers)', (_, sql) => {
    expect(sql).not.toMatch(/\bpeople\b/);
    expect(sql).not.toMatch(/\bconsents\b/);
  });

  it.each(SCORING.map((sql, i) => [i === 0 ? 'plan' : 'people', sql]))('%s scope: reads profiles under one alias and only their whitelisted columns', (_, sql) => {
    expect(sql.match(/\bperson_match_profiles\b/g)).toHaveLength(1);
    const allowed = RANKING_PERSON_COLUMNS.filter((c) => c.startsWith('person_match_profiles.')).map((c) => c.split('.')[1]);
    const used = [...new Set([...sql.matchAll(/\bpr\.(\w+)/g)].map((m) => m[1]!))];
    expect(used.filter((column) => column !== 'organisation_id' && !allowed.includes(column))).toEqual([]);
    expect(used).toEqual(expect.arrayContaining(['matching_consent_until', 'erased', 'phase', 'internal_mobility']));
  });

  it.each(SCORING.map((sql, i) => [i === 0 ? 'plan' : 'people', sql]))('%s scope: reads concept rows only by organisation, person and concept', (_, sql) => {
    const columnsOf = (alias: string) => [...new Set([...sql.matchAll(new RegExp(`\\b${alias}\\.(\\w+)`, 'g'))].map((m) => m[1]))].sort();
    expect(sql).toMatch(/JOIN person_skills s\b/);
    expect(sql).toMatch(/JOIN person_occupations o\b/);
    expect(columnsOf('s')).toEqual(['concept_id', 'organisation_id', 'person_id']);
    expect(columnsOf('o')).toEqual(['concept_id', 'organisation_id', 'person_id']);
  });

  it('the ranking read touches no person table but occupations (for the explanation of the page)', () => {
    expect(RANKING_SQL).not.toMatch(/\b(people|consents|person_match_profiles|person_skills)\b/);
    const columns = [...new Set([...RANKING_SQL.matchAll(/\bo\.(\w+)/g)].map((m) => m[1]))].sort();
    expect(columns).toEqual(['concept_id', 'organisation_id', 'person_id', 'uri']);
    for (const column of ['concept_id', 'uri']) {
      expect(RANKING_PERSON_COLUMNS.some((c) => c.endsWith(`.${column}`))).toBe(true);
    }
  });

  it('never names a protected or identifying column', () => {
    for (const sql of [...SCORING, RANKING_SQL]) {
      for (const column of ['first_name', 'last_name', 'email', 'phone', 'birth', 'gender', 'nationality', 'photo', 'function_title', '.location', 'address']) {
        expect(sql).not.toContain(column);
      }
    }
  });
});
