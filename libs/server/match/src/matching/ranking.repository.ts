import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OrganisationId, Tx } from '@kring/server-database';
import type { Phase } from '@kring/shared-domain';
import { RankingPlan, skillsInMask } from './ranking-plan';
import { RANKING_RANGES, rankingSql } from './ranking.sql';

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
 * Ranks the people of one organisation for a vacancy in one statement; the total uses the same WHERE (a window count).
 * Runs in its own transaction (or the caller's) to raise work_mem for it; with a caller's transaction the setting stays
 * for the rest of that transaction.
 */
@Injectable()
export class RankingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async rank(
    organisationId: OrganisationId,
    plan: RankingPlan,
    filters: RankingFilters,
    now: Date,
    tx?: Tx,
  ): Promise<{ rows: RankedRow[]; total: number }> {
    const sql = rankingSql(plan.requirements.languages.length, rankingRanges(filters));
    const rows = await this.inTransaction(tx, async (t) => {
      // Room for the per-person hash aggregate (about 100 bytes per candidate) without spilling to disk; LOCAL: this
      // transaction only.
      await t.query(`SET LOCAL work_mem = '${RANKING_WORK_MEM}'`);
      const run = async (limit: number, offset: number) =>
        (await t.query(sql, rankingParameters(organisationId, plan, filters, now, limit, offset))) as SqlRow[];
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

/**
 * How many person_id ranges to score separately (see RANKING_RANGES): several only when no filter narrows the profiles
 * before the aggregate. A region, phase, availability or distance filter leaves a few thousand candidates, one range
 * costs less than starting parallel workers, and per range the planner may pick a sort-merge plan for them.
 */
export function rankingRanges(f: Pick<RankingFilters, 'phases' | 'region' | 'availableBy' | 'maxDistanceKm'>): number {
  const narrowed = Boolean(f.phases?.length) || f.region != null || f.availableBy != null || f.maxDistanceKm != null;
  return narrowed ? 1 : RANKING_RANGES;
}

/** work_mem for the ranking statement (SET LOCAL). 100k candidates need about 10 MB for the aggregate and the window. */
export const RANKING_WORK_MEM = '32MB';

/** The positional parameters of RANKING_SQL (exported for the benchmark's EXPLAIN). */
export function rankingParameters(organisationId: OrganisationId, plan: RankingPlan, f: RankingFilters, now: Date, limit: number, offset: number): unknown[] {
  const r = plan.requirements;
  const w = plan.weights;
  return [
    organisationId,
    now,
    plan.skillUris,
    plan.exactMasks,
    plan.relatedMasks,
    plan.essentialMask,
    plan.optionalMask,
    plan.essentialCount,
    plan.optionalCount,
    plan.occupationUris,
    plan.occupationCredits,
    r.region,
    r.latitude,
    r.longitude,
    r.languages,
    r.startBy,
    [w.essentialSkills, w.optionalSkills, w.occupation, w.location, w.availability, w.language],
    f.phases?.length ? f.phases : null,
    f.region ?? null,
    f.maxDistanceKm ?? null,
    f.availableBy ?? null,
    f.language ?? null,
    f.minScore ?? 0,
    limit,
    offset,
  ];
}
