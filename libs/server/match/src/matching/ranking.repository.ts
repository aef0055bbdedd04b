import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MatchPlansRepository, OrganisationId, StoredMatchPlan, Tx } from '@kring/server-database';
import type { Phase } from '@kring/shared-domain';
import { AVAILABILITY_GRACE_DAYS, LOCATION_ZERO_KM, RankingPlan, RELATED_CREDIT, SCORE_PARTS, skillsInMask } from './ranking-plan';
import { RANKING_SQL } from './ranking.sql';

export interface RankingFilters {
  phases?: Phase[];
  region?: string;
  maxDistanceKm?: number;
  /** ISO date: available on or before. */
  availableBy?: string;
  /** ISO 639-1 code the person speaks. */
  language?: string;
  minScore?: number;
  limit: number;
  offset: number;
}

/** One ranked person: parts (0..1), the weighted score, and which vacancy concepts matched exactly or through a relative. */
export interface RankedRow {
  personId: string;
  phase: Phase;
  score: number;
  essentialSkills: number;
  optionalSkills: number;
  occupation: number;
  location: number;
  availability: number;
  language: number;
  distanceKm: number | null;
  /** Vacancy skill URIs the person holds. */
  matchedSkills: string[];
  /** Vacancy skill URIs the person only holds a related skill of. */
  relatedSkills: string[];
  /** The person's occupation URIs equal to a vacancy occupation. */
  matchedOccupations: string[];
  /** The person's occupation URIs in the ISCO group of a vacancy occupation. */
  relatedOccupations: string[];
}

type SqlRow = Omit<RankedRow, 'matchedSkills' | 'relatedSkills'> & { matchedMask: string; relatedMask: string; total: number };

/**
 * Ranks the people of one organisation for a vacancy from the maintained scores (match_scores): the plan's rows are built
 * on its first use (MatchPlansRepository.ensure; 1.5–2 s for 100k people) and kept current by triggers, so a
 * request filters, counts and sorts one plan's rows. The total uses the same WHERE (a window count).
 * Runs in its own transaction (or the caller's) to raise work_mem for it; with a caller's transaction the setting stays
 * for the rest of that transaction, and a first use builds the plan inside it.
 */
@Injectable()
export class RankingRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: MatchPlansRepository,
  ) {}

  async rank(
    organisationId: OrganisationId,
    plan: RankingPlan,
    filters: RankingFilters,
    now: Date,
    tx?: Tx,
  ): Promise<{ rows: RankedRow[]; total: number }> {
    const { id: planId } = await this.plans.ensure(organisationId, storedPlan(plan), tx);
    const rows = await this.inTransaction(tx, async (t) => {
      // Room for the window count over every row of the plan (about 150 bytes each) without spilling to disk; LOCAL:
      // this transaction only.
      await t.query(`SET LOCAL work_mem = '${RANKING_WORK_MEM}'`);
      const run = async (limit: number, offset: number) =>
        (await t.query(RANKING_SQL, rankingParameters(planId, organisationId, plan, filters, now, limit, offset))) as SqlRow[];
      const page = await run(filters.limit, filters.offset);
      // Past the last page the window count has no row to ride on: ask for the first row only to learn the total.
      const total = page[0]?.total ?? (filters.offset > 0 ? ((await run(1, 0))[0]?.total ?? 0) : 0);
      return { page, total };
    });
    return {
      rows: rows.page.map(({ total: _total, matchedMask, relatedMask, ...row }) => ({
        ...row,
        matchedSkills: skillsInMask(plan, matchedMask),
        relatedSkills: skillsInMask(plan, relatedMask),
      })),
      total: rows.total,
    };
  }

  private inTransaction<T>(tx: Tx | undefined, work: (tx: Tx) => Promise<T>): Promise<T> {
    return tx ? work(tx) : this.dataSource.transaction((t) => work(t));
  }
}

/** Bump when the meaning of a stored plan's columns changes, so old plans are rebuilt rather than reused. */
const STORED_PLAN_VERSION = 1;

/** What the scores are computed from, with a hash of exactly that: equal hashes, equal score rows. */
export function storedPlan(plan: RankingPlan): StoredMatchPlan {
  const r = plan.requirements;
  const content: Omit<StoredMatchPlan, 'hash'> = {
    essentialMask: plan.essentialMask,
    optionalMask: plan.optionalMask,
    essentialCount: plan.essentialCount,
    optionalCount: plan.optionalCount,
    region: r.region,
    latitude: r.latitude,
    longitude: r.longitude,
    languages: r.languages,
    startBy: r.startBy,
    weights: SCORE_PARTS.map((part) => plan.weights[part]),
    relatedCredit: RELATED_CREDIT,
    locationZeroKm: LOCATION_ZERO_KM,
    availabilityGraceDays: AVAILABILITY_GRACE_DAYS,
    skillUris: plan.skillUris,
    exactMasks: plan.exactMasks,
    relatedMasks: plan.relatedMasks,
    occupationUris: plan.occupationUris,
    occupationCredits: plan.occupationCredits,
  };
  const hash = createHash('sha256').update(JSON.stringify([STORED_PLAN_VERSION, content])).digest('base64url');
  return { hash, ...content };
}

/** work_mem for the ranking read (SET LOCAL). */
export const RANKING_WORK_MEM = '32MB';

/** The positional parameters of RANKING_SQL (exported for the benchmark's EXPLAIN). */
export function rankingParameters(
  planId: string,
  organisationId: OrganisationId,
  plan: RankingPlan,
  f: RankingFilters,
  now: Date,
  limit: number,
  offset: number,
): unknown[] {
  return [
    planId,
    organisationId,
    now,
    f.phases?.length ? f.phases : null,
    f.region ?? null,
    f.maxDistanceKm ?? null,
    f.availableBy ?? null,
    f.language ?? null,
    f.minScore ?? 0,
    limit,
    offset,
    plan.occupationUris,
    plan.occupationCredits,
  ];
}
