import type { EngagementLevel } from '@kring/shared-domain';

/**
 * The engagement rule lives in SQL (migration 1764250000000-erm-segments: erm_engagement_score and
 * erm_engagement_level) and is used everywhere through this expression, so the people list, the segment
 * filter and the person view agree. Rule: each touchpoint of the last 365 days scores 3 when at most 30 days
 * old, 2 when at most 90 days old, else 1; a score of 0 is none, 1–3 low, 4–8 moderate, 9 or more high.
 */
export const engagementScoreSql = (alias: string, atParam: string) =>
  `erm_engagement_score(${alias}.organisation_id, ${alias}.id, ${atParam}::timestamptz)`;

export const engagementLevelSql = (alias: string, atParam: string) => `erm_engagement_level(${engagementScoreSql(alias, atParam)})`;

/** Documentation mirror of the SQL thresholds (the SQL is the truth; tests check both agree). */
export const ENGAGEMENT_THRESHOLDS: Readonly<Record<Exclude<EngagementLevel, 'none'>, number>> = { low: 1, moderate: 4, high: 9 };
