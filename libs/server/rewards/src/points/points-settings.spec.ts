import { DEFAULT_LEVELS, levelErrors, levelFor } from './points-settings';

describe('levelFor', () => {
  it('finds the highest level reached and what the next one needs', () => {
    expect(levelFor(0, DEFAULT_LEVELS)).toEqual({
      current: { index: 0, threshold: 0, nameNl: 'Starter', nameEn: 'Starter' },
      next: { threshold: 100, nameNl: 'Verbinder', nameEn: 'Connector', pointsToGo: 100 },
    });
    expect(levelFor(99, DEFAULT_LEVELS).current.nameNl).toBe('Starter');
    expect(levelFor(100, DEFAULT_LEVELS)).toMatchObject({ current: { index: 1, nameNl: 'Verbinder' }, next: { nameNl: 'Ambassadeur', pointsToGo: 200 } });
    expect(levelFor(749, DEFAULT_LEVELS)).toMatchObject({ current: { nameNl: 'Ambassadeur' }, next: { pointsToGo: 1 } });
    expect(levelFor(5000, DEFAULT_LEVELS)).toMatchObject({ current: { index: 3, nameEn: 'Circle leader' }, next: null });
  });

  it('does not depend on the stored order', () => {
    expect(levelFor(150, [...DEFAULT_LEVELS].reverse()).current.nameNl).toBe('Verbinder');
  });
});

describe('levelErrors', () => {
  it('accepts the defaults', () => {
    expect(levelErrors(DEFAULT_LEVELS)).toEqual([]);
  });

  it('wants the first level at 0, rising thresholds and unique names, with field paths', () => {
    expect(
      levelErrors([
        { threshold: 10, nameNl: 'A', nameEn: 'A' },
        { threshold: 10, nameNl: 'a', nameEn: 'B' },
        { threshold: 5, nameNl: 'C', nameEn: 'b' },
      ]),
    ).toEqual([
      { field: 'levels.0.threshold', message: 'the first level starts at 0' },
      { field: 'levels.1.threshold', message: 'must be greater than the previous level’s' },
      { field: 'levels.1.nameNl', message: 'is used by another level' },
      { field: 'levels.2.threshold', message: 'must be greater than the previous level’s' },
      { field: 'levels.2.nameEn', message: 'is used by another level' },
    ]);
  });
});
