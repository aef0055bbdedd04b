import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MATCH_LOCK_ORGANISATION } from '../migrations/1765040000000-match-scores';
import { OrganisationId } from '../organisation-id';
import { Tx } from './transaction';

/** A vacancy's requirements as the maintained scores store them (built by the match library's ranking plan). */
export interface StoredMatchPlan {
  /** Identifies the plan's content: the same hash means the same score rows. */
  hash: string;
  essentialMask: string;
  optionalMask: string;
  essentialCount: number;
  optionalCount: number;
  region: string | null;
  latitude: number | null;
  longitude: number | null;
  languages: string[];
  startBy: string | null;
  /** [essential, optional, occupation, location, availability, language]. */
  weights: number[];
  relatedCredit: number;
  locationZeroKm: number;
  availabilityGraceDays: number;
  skillUris: string[];
  exactMasks: string[];
  relatedMasks: string[];
  occupationUris: string[];
  occupationCredits: number[];
}

/**
 * Housekeeping removes a plan nobody ranked with for this many days (a vacancy closed or its requirements changed); its
 * next use builds it again.
 */
export const MATCH_PLAN_UNUSED_DAYS = 14;

/** work_mem for building a plan's rows (SET LOCAL): the per-person aggregate of 100k candidates is about 10 MB. */
export const MATCH_BUILD_WORK_MEM = '32MB';

/**
 * The stored plans behind match_scores (migration 1765040000000): found by hash, built on first use, removed when unused.
 * Building and removing take the organisation's exclusive match lock, which the person-side triggers take shared.
 */
@Injectable()
export class MatchPlansRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The plan's id, building its score rows first when no process has yet (`built` says whether this call did). Marks the
   * plan used (at most once an hour, so reads stay reads). Without `tx` the build commits before this returns.
   */
  async ensure(organisationId: OrganisationId, plan: StoredMatchPlan, tx?: Tx): Promise<{ id: string; built: boolean }> {
    const run = tx ?? this.dataSource.manager;
    // One round trip; the row is written only when its mark is over an hour old (an UPDATE that sets the same value
    // would still write a new row version and lock it on every ranking). A stale plan counts as found only if the
    // update reached it: housekeeping may be removing it at this moment, and then it is built again below.
    const [found] = await run.query(
      `WITH found AS (SELECT id, last_used_at >= now() - interval '1 hour' AS fresh FROM match_plans WHERE organisation_id = $1 AND plan_hash = $2),
            touched AS (UPDATE match_plans p SET last_used_at = now() FROM found WHERE p.id = found.id AND NOT found.fresh RETURNING p.id)
       SELECT id FROM found WHERE fresh UNION ALL SELECT id FROM touched`,
      [organisationId, plan.hash],
    );
    if (found) return { id: found.id, built: false };
    const build = async (t: Tx): Promise<{ id: string; built: boolean }> => {
      await lockOrganisation(t, organisationId);
      const [again] = await t.query(`SELECT id FROM match_plans WHERE organisation_id = $1 AND plan_hash = $2`, [organisationId, plan.hash]);
      if (again) return { id: again.id, built: false };
      const [row] = await t.query(
        `INSERT INTO match_plans (organisation_id, plan_hash, essential_mask, optional_mask, essential_count, optional_count, region,
                                  latitude, longitude, languages, start_by, weights, related_credit, zero_location_km, availability_grace_days)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
        [
          organisationId,
          plan.hash,
          plan.essentialMask,
          plan.optionalMask,
          plan.essentialCount,
          plan.optionalCount,
          plan.region,
          plan.latitude,
          plan.longitude,
          plan.languages,
          plan.startBy,
          plan.weights,
          plan.relatedCredit,
          plan.locationZeroKm,
          plan.availabilityGraceDays,
        ],
      );
      await t.query(
        `INSERT INTO match_plan_terms (organisation_id, plan_id, kind, concept_id, exact, related)
         SELECT $1, $2, 's', hashtextextended(m.uri, 0), m.exact, m.related FROM unnest($3::text[], $4::int8[], $5::int8[]) AS m(uri, exact, related)`,
        [organisationId, row.id, plan.skillUris, plan.exactMasks, plan.relatedMasks],
      );
      await t.query(
        `INSERT INTO match_plan_terms (organisation_id, plan_id, kind, concept_id, credit)
         SELECT $1, $2, 'o', hashtextextended(m.uri, 0), m.credit FROM unnest($3::text[], $4::float8[]) AS m(uri, credit)`,
        [organisationId, row.id, plan.occupationUris, plan.occupationCredits],
      );
      await t.query(`SET LOCAL work_mem = '${MATCH_BUILD_WORK_MEM}'`);
      await t.query(`INSERT INTO match_scores SELECT * FROM match_scores_for_plan($1, $2)`, [organisationId, row.id]);
      return { id: row.id, built: true };
    };
    return tx ? build(tx) : this.dataSource.transaction(build);
  }

  /**
   * Removes plans (and their score rows) not used since `before`, organisation by organisation under the exclusive lock,
   * so no person-side trigger is writing rows of a plan being removed. Returns the number of plans removed.
   */
  async purgeUnused(before: Date): Promise<number> {
    const organisations: Array<{ organisation_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT organisation_id FROM match_plans WHERE last_used_at < $1`,
      [before],
    );
    let removed = 0;
    for (const { organisation_id: organisationId } of organisations) {
      removed += await this.dataSource.transaction(async (t) => {
        await lockOrganisation(t, organisationId);
        const [, count] = await t.query(`DELETE FROM match_plans WHERE organisation_id = $1 AND last_used_at < $2`, [organisationId, before]);
        return count as number;
      });
    }
    return removed;
  }
}

/** The organisation's match lock, exclusively, until the transaction ends (person-side triggers take it shared). */
async function lockOrganisation(tx: Tx, organisationId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock($1, hashtext($2::text))`, [MATCH_LOCK_ORGANISATION, organisationId]);
}
