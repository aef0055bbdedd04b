import type { ConceptGraph } from './concept-graph';

export type SkillKind = 'essential' | 'optional';

/** The score's parts, each 0..1; the total is their weighted sum. */
export const SCORE_PARTS = ['essentialSkills', 'optionalSkills', 'occupation', 'location', 'availability', 'language'] as const;
export type ScorePart = (typeof SCORE_PARTS)[number];

/** Default weights (sum 1). Parts the vacancy says nothing about get weight 0 and the rest are scaled back to sum 1. */
export const DEFAULT_WEIGHTS: Readonly<Record<ScorePart, number>> = {
  essentialSkills: 0.45,
  optionalSkills: 0.15,
  occupation: 0.15,
  location: 0.1,
  availability: 0.075,
  language: 0.075,
};

/** Credit for a related skill (ESCO broader/narrower/sibling) or a related occupation (same ISCO unit group). Exact = 1. */
export const RELATED_CREDIT = 0.5;
/** With coordinates on both sides, location = max(0, 1 − distance / LOCATION_ZERO_KM). */
export const LOCATION_ZERO_KM = 100;
/** Availability: 1 when available by the start date, 0.5 when within this many days after it, else 0. */
export const AVAILABILITY_GRACE_DAYS = 30;

/** What a vacancy asks, as ranking reads it (confirmed concepts only). */
export interface VacancyRequirements {
  skills: Array<{ uri: string; kind: SkillKind }>;
  occupations: string[];
  region: string | null;
  latitude: number | null;
  longitude: number | null;
  languages: string[];
  /** ISO date (yyyy-mm-dd). */
  startBy: string | null;
}

/** At most this many vacancy skills: each is one bit of a bigint mask in SQL. */
export const MAX_VACANCY_SKILLS = 63;

/**
 * Everything the ranking SQL needs, as flat arrays plus scalars. Vacancy skill i (0-based, in `targetUris` order) is bit i:
 * for each person-side skill URI that earns credit, `exactMasks` has the bits of the vacancy skills it equals and
 * `relatedMasks` the bits of those it is related to (int8 as decimal strings).
 */
export interface RankingPlan {
  skillUris: string[];
  exactMasks: string[];
  relatedMasks: string[];
  /** the vacancy skills with their kind, in bit order. */
  targetUris: string[];
  targetKinds: SkillKind[];
  essentialMask: string;
  optionalMask: string;
  essentialCount: number;
  optionalCount: number;
  /** occupation map: person occupation URI → best credit. */
  occupationUris: string[];
  occupationCredits: number[];
  weights: Record<ScorePart, number>;
  requirements: VacancyRequirements;
}

/** Builds the plan in TypeScript from the bundle's hierarchy; SQL only looks URIs up. */
export function buildRankingPlan(requirements: VacancyRequirements, graph: ConceptGraph, base = DEFAULT_WEIGHTS): RankingPlan {
  if (requirements.skills.length > MAX_VACANCY_SKILLS) throw new Error(`at most ${MAX_VACANCY_SKILLS} vacancy skills`);
  const masks = new Map<string, { exact: bigint; related: bigint }>();
  const entry = (uri: string) => {
    let mask = masks.get(uri);
    if (!mask) masks.set(uri, (mask = { exact: 0n, related: 0n }));
    return mask;
  };
  let essentialMask = 0n;
  let optionalMask = 0n;
  requirements.skills.forEach(({ uri, kind }, i) => {
    const bit = 1n << BigInt(i);
    if (kind === 'essential') essentialMask |= bit;
    else optionalMask |= bit;
    entry(uri).exact |= bit;
    for (const related of graph.relatedSkills(uri)) entry(related).related |= bit;
  });
  const occupationCredit = new Map<string, number>();
  for (const uri of requirements.occupations) {
    for (const related of graph.relatedOccupations(uri)) occupationCredit.set(related, Math.max(occupationCredit.get(related) ?? 0, RELATED_CREDIT));
  }
  for (const uri of requirements.occupations) occupationCredit.set(uri, 1);

  const essentialCount = requirements.skills.filter((s) => s.kind === 'essential').length;
  const optionalCount = requirements.skills.length - essentialCount;
  const applicable: Record<ScorePart, boolean> = {
    essentialSkills: essentialCount > 0,
    optionalSkills: optionalCount > 0,
    occupation: requirements.occupations.length > 0,
    location: requirements.region !== null || requirements.latitude !== null,
    availability: requirements.startBy !== null,
    language: requirements.languages.length > 0,
  };
  const sum = SCORE_PARTS.reduce((total, part) => total + (applicable[part] ? base[part] : 0), 0);
  const weights = Object.fromEntries(
    SCORE_PARTS.map((part) => [part, applicable[part] && sum > 0 ? base[part] / sum : 0]),
  ) as Record<ScorePart, number>;

  return {
    skillUris: [...masks.keys()],
    exactMasks: [...masks.values()].map((m) => m.exact.toString()),
    relatedMasks: [...masks.values()].map((m) => m.related.toString()),
    targetUris: requirements.skills.map((s) => s.uri),
    targetKinds: requirements.skills.map((s) => s.kind),
    essentialMask: essentialMask.toString(),
    optionalMask: optionalMask.toString(),
    essentialCount,
    optionalCount,
    occupationUris: [...occupationCredit.keys()],
    occupationCredits: [...occupationCredit.values()],
    weights,
    requirements,
  };
}

/** The vacancy skills whose bits are set in `mask` (a decimal int8 from SQL), in vacancy order. */
export function skillsInMask(plan: Pick<RankingPlan, 'targetUris'>, mask: string | number | bigint): string[] {
  const bits = BigInt(mask);
  return plan.targetUris.filter((_, i) => (bits >> BigInt(i)) & 1n);
}
