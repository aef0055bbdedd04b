import type { FieldError } from '@kring/shared-domain';

/** What earns recognition points: a share link created, a referral submitted, reaching interview, a hire. */
export const POINTS_KINDS = ['share', 'referral', 'interview', 'hire'] as const;
export type PointsKind = (typeof POINTS_KINDS)[number];

export type PointValues = Record<PointsKind, number>;

export interface PointsLevel {
  threshold: number;
  nameNl: string;
  nameEn: string;
}

/** Keep in line with the SQL function points_value() in migration 1764000000000-points. */
export const DEFAULT_POINT_VALUES: PointValues = { share: 5, referral: 25, interview: 50, hire: 100 };

export const DEFAULT_LEVELS: PointsLevel[] = [
  { threshold: 0, nameNl: 'Starter', nameEn: 'Starter' },
  { threshold: 100, nameNl: 'Verbinder', nameEn: 'Connector' },
  { threshold: 300, nameNl: 'Ambassadeur', nameEn: 'Ambassador' },
  { threshold: 750, nameNl: 'Kringleider', nameEn: 'Circle leader' },
];

export const MAX_POINT_VALUE = 10_000;
export const MAX_LEVEL_THRESHOLD = 10_000_000;
export const MAX_LEVELS = 10;

export interface LevelStanding {
  current: PointsLevel & { index: number };
  next: (PointsLevel & { pointsToGo: number }) | null;
}

/** The highest level whose threshold the total reached, and the one after it (levels sorted, the first at 0). */
export function levelFor(total: number, levels: readonly PointsLevel[]): LevelStanding {
  const sorted = [...levels].sort((a, b) => a.threshold - b.threshold);
  let index = 0;
  sorted.forEach((level, i) => {
    if (level.threshold <= total) index = i;
  });
  const current = sorted[index]!;
  const next = sorted[index + 1];
  return { current: { ...current, index }, next: next ? { ...next, pointsToGo: next.threshold - total } : null };
}

/** What class-validator cannot say about levels: the first starts at 0, thresholds rise strictly, names are unique. */
export function levelErrors(levels: readonly PointsLevel[]): FieldError[] {
  const errors: FieldError[] = [];
  if (levels[0] && levels[0].threshold !== 0) errors.push({ field: 'levels.0.threshold', message: 'the first level starts at 0' });
  const nl = new Set<string>();
  const en = new Set<string>();
  levels.forEach((level, i) => {
    const previous = levels[i - 1];
    if (previous && level.threshold <= previous.threshold) errors.push({ field: `levels.${i}.threshold`, message: 'must be greater than the previous level’s' });
    if (nl.has(level.nameNl.toLowerCase())) errors.push({ field: `levels.${i}.nameNl`, message: 'is used by another level' });
    if (en.has(level.nameEn.toLowerCase())) errors.push({ field: `levels.${i}.nameEn`, message: 'is used by another level' });
    nl.add(level.nameNl.toLowerCase());
    en.add(level.nameEn.toLowerCase());
  });
  return errors;
}
