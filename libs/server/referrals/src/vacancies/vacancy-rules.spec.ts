import { normaliseSkills, rangeErrors, statusChangeError, statusTimestamps } from './vacancy-rules';

describe('vacancy rules', () => {
  it('trims skills and removes case-insensitive duplicates, keeping the first spelling', () => {
    expect(normaliseSkills(['  Zorg ', 'zorg', 'Wondzorg', 'ZORG', 'big   registratie', 'BIG registratie'])).toEqual([
      'Zorg',
      'Wondzorg',
      'big registratie',
    ]);
    expect(normaliseSkills('not a list')).toBe('not a list');
    expect(normaliseSkills(['ok', 3])).toEqual(['ok', 3]);
  });

  it.each([
    ['new', 'draft', true],
    ['new', 'open', true],
    ['new', 'closed', false],
    ['draft', 'open', true],
    ['draft', 'closed', false],
    ['open', 'closed', true],
    ['open', 'draft', false],
    ['closed', 'open', true],
    ['closed', 'draft', false],
    ['open', 'open', true],
  ] as const)('status %s → %s allowed: %s', (from, to, allowed) => {
    expect(statusChangeError(from, to) === null).toBe(allowed);
  });

  it('stamps openedAt when (re)opening and closedAt when closing', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(statusTimestamps('closed', 'open', now)).toEqual({ openedAt: now, closedAt: null });
    expect(statusTimestamps('open', 'closed', now)).toEqual({ closedAt: now });
    expect(statusTimestamps('open', 'open', now)).toEqual({});
  });

  it('reports min > max on the max field', () => {
    expect(rangeErrors([['hoursMin', 40, 'hoursMax', 32], ['salaryMin', 1, 'salaryMax', null], ['a', 2, 'b', 2]])).toEqual([
      { field: 'hoursMax', message: 'must be at least hoursMin' },
    ]);
  });
});
