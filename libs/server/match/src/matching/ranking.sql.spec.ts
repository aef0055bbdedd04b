import { RANKING_PERSON_COLUMNS, rankingSql } from './ranking.sql';

const RANKING_SQL = rankingSql(2);

describe('the ranking SQL reads only whitelisted person columns', () => {
  it('reads neither people nor consents (their facts come from person_match_profiles, kept current by triggers)', () => {
    expect(RANKING_SQL).not.toMatch(/\bpeople\b/);
    expect(RANKING_SQL).not.toMatch(/\bconsents\b/);
  });

  it('reads profiles only under one alias and only their whitelisted columns', () => {
    expect(RANKING_SQL.match(/\bperson_match_profiles\b/g)).toHaveLength(1);
    expect(RANKING_SQL).toMatch(/JOIN person_match_profiles pr ON pr\.organisation_id = \$1 AND/);
    const allowed = RANKING_PERSON_COLUMNS.filter((c) => c.startsWith('person_match_profiles.')).map((c) => c.split('.')[1]);
    const used = [...new Set([...RANKING_SQL.matchAll(/\bpr\.(\w+)/g)].map((m) => m[1]!))];
    expect(used.filter((column) => column !== 'organisation_id' && !allowed.includes(column))).toEqual([]);
    expect(used).toEqual(expect.arrayContaining(['matching_consent_until', 'erased', 'phase', 'internal_mobility']));
  });

  it('reads concept rows only by organisation, person and concept (plus occupation URIs for the explanation)', () => {
    const columnsOf = (alias: string) => [...new Set([...RANKING_SQL.matchAll(new RegExp(`\\b${alias}\\.(\\w+)`, 'g'))].map((m) => m[1]))].sort();
    expect(RANKING_SQL).toMatch(/JOIN person_skills s\b/);
    expect(RANKING_SQL).toMatch(/JOIN person_occupations o\b/);
    expect(columnsOf('s')).toEqual(['concept_id', 'organisation_id', 'person_id']);
    expect(columnsOf('o')).toEqual(['concept_id', 'organisation_id', 'person_id', 'uri']);
    for (const column of ['concept_id', 'uri']) {
      expect(RANKING_PERSON_COLUMNS.some((c) => c.endsWith(`.${column}`))).toBe(true);
    }
  });

  it('never names a protected or identifying column', () => {
    for (const column of ['first_name', 'last_name', 'email', 'phone', 'birth', 'gender', 'nationality', 'photo', 'function_title', '.location', 'address']) {
      expect(RANKING_SQL).not.toContain(column);
    }
  });
});
