import { rankingSql } from './ranking.sql';

const RANKING_SQL = rankingSql(2);

describe('the ranking SQL reads only whitelisted person columns', () => {
  it('reads people only through a subselect of id, phase and erased_at', () => {
    const fromPeople = [...RANKING_SQL.matchAll(/\(SELECT ([^()]*?) FROM people\b/g)].map((m) => m[1]!.trim());
    expect(fromPeople).toEqual(['id, phase, erased_at']);
    expect(RANKING_SQL.match(/\bpeople\b/g)).toHaveLength(1);
  });

  it('reads profiles and consents only through subselects of their whitelisted columns', () => {
    expect([...RANKING_SQL.matchAll(/SELECT ([^()]*?)\s+FROM person_match_profiles\b/g)].map((m) => m[1]!.replace(/\s+/g, ' ').trim())).toEqual([
      'person_id, region, latitude, longitude, languages, available_from, internal_mobility',
    ]);
    expect([...RANKING_SQL.matchAll(/SELECT ([^()]*?) FROM consents\b/g)].map((m) => m[1]!.trim())).toEqual(['person_id, purpose, status, expires_at']);
  });

  it('never names a protected or identifying column', () => {
    for (const column of ['first_name', 'last_name', 'email', 'phone', 'birth', 'gender', 'nationality', 'photo', 'function_title', 'p.location', 'address']) {
      expect(RANKING_SQL).not.toContain(column);
    }
  });
});
