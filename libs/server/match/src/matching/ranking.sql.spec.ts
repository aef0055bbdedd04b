import { RANKING_PERSON_COLUMNS, RANKING_RANGES, rankingSql } from './ranking.sql';

const RANKING_SQL = rankingSql(2);

describe('the ranking SQL reads only whitelisted person columns', () => {
  it('reads neither people nor consents (their facts come from person_match_profiles, kept current by triggers)', () => {
    expect(RANKING_SQL).not.toMatch(/\bpeople\b/);
    expect(RANKING_SQL).not.toMatch(/\bconsents\b/);
  });

  it('reads profiles only under one alias (once per person_id range) and only their whitelisted columns', () => {
    expect(RANKING_SQL.match(/\bperson_match_profiles\b/g)).toHaveLength(RANKING_RANGES);
    expect(RANKING_SQL.match(/JOIN person_match_profiles pr ON pr\.organisation_id = \$1 AND/g)).toHaveLength(RANKING_RANGES);
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

describe('the person_id ranges of the ranking SQL', () => {
  /** The [lower, upper) bounds of each range's profile join, from the SQL text. */
  const bounds = (sql: string) =>
    [...sql.matchAll(/JOIN person_match_profiles pr ON pr\.organisation_id = \$1 AND pr\.person_id = h\.person_id([^\n]*)/g)].map(([, conditions]) => ({
      lower: /pr\.person_id >= '([0-9a-f-]+)'::uuid/.exec(conditions!)?.[1] ?? null,
      upper: /pr\.person_id < '([0-9a-f-]+)'::uuid/.exec(conditions!)?.[1] ?? null,
    }));

  it.each([1, 2, 3, 4])('splits the uuid space into %i ranges without gap or overlap', (n) => {
    const ranges = bounds(rankingSql(1, n));
    expect(ranges).toHaveLength(n);
    expect(ranges[0]!.lower).toBeNull();
    expect(ranges[n - 1]!.upper).toBeNull();
    for (let k = 1; k < n; k++) {
      expect(ranges[k]!.lower).toBe(ranges[k - 1]!.upper);
      expect(ranges[k]!.lower! > (ranges[k - 1]!.lower ?? '')).toBe(true);
    }
  });

  it('bounds the index walks and the profile join of each range alike', () => {
    const sql = rankingSql(1, 2);
    for (const alias of ['s', 'o', 'pr']) {
      expect(sql.match(new RegExp(`${alias}\\.person_id < '80000000-0000-0000-0000-000000000000'::uuid`, 'g'))).toHaveLength(1);
      expect(sql.match(new RegExp(`${alias}\\.person_id >= '80000000-0000-0000-0000-000000000000'::uuid`, 'g'))).toHaveLength(1);
    }
  });
});
