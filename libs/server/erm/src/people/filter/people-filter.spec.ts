import { peopleWhereSql, SqlParams } from './people-filter';

describe('peopleWhereSql', () => {
  const at = new Date('2027-01-01T00:00:00Z');

  it('scopes by organisation first, leaves out erasure tombstones and restricts nothing else for an empty filter', () => {
    const params = new SqlParams('org-1');
    expect(peopleWhereSql({}, params, at)).toBe('p.organisation_id = $1 AND p.erased_at IS NULL');
    expect(params.values).toEqual(['org-1']);
    expect(peopleWhereSql({ phases: [], tags: [], consentPurpose: null, q: '  ' }, new SqlParams('org-1'), at)).toBe('p.organisation_id = $1 AND p.erased_at IS NULL');
  });

  it('passes every value as a parameter, never in the SQL text, and normalises labels', () => {
    const evil = "x'); DROP TABLE people; --";
    const params = new SqlParams('org-1');
    const sql = peopleWhereSql(
      {
        phases: ['exit'],
        poolIds: ['00000000-0000-4000-8000-000000000001'],
        tags: [` ${evil.toUpperCase()} `, 'VIP', 'vip'],
        skills: ['Wondzorg'],
        locations: [' Utrecht '],
        locales: ['nl'],
        engagementLevels: ['high'],
        consentPurpose: 'events',
        q: `50%_${evil}`,
      },
      params,
      at,
    );
    expect(sql).not.toContain('DROP');
    expect(sql).not.toContain('Utrecht');
    expect(sql.match(/\$\d+/g)!.map((p) => Number(p.slice(1))).every((n) => n >= 1 && n <= params.values.length)).toBe(true);
    expect(params.values).toEqual([
      'org-1',
      ['exit'],
      ['00000000-0000-4000-8000-000000000001'],
      [evil.toLowerCase(), 'vip'],
      ['wondzorg'],
      ['utrecht'],
      ['nl'],
      at,
      ['high'],
      'events',
      at,
      `%50\\%\\_${evil.toLowerCase()}%`,
    ]);
  });
});
