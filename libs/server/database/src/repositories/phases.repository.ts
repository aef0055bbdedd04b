import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Phase, PhaseCause } from '@kring/shared-domain';
import { PhaseTransitionEntity } from '../entities/phase-transition.entity';
import { OrganisationId } from '../organisation-id';
import { managerOf, Tx } from './transaction';

export interface PhaseMove {
  to: Phase;
  cause: PhaseCause;
  at: Date;
  actorUserId?: string | null;
  reason?: string | null;
}

export interface MovedPerson {
  personId: string;
  fromPhase: Phase;
  /** True when this move brought a former employee back (exit → entry/employment). */
  boomerang: boolean;
}

/**
 * The one way a person's phase changes: the people row and its history row are written in one statement,
 * so they cannot disagree. People already in the target phase are left alone (no history row). Moving out
 * of `exit` into `entry` or `employment` marks the person as a boomerang.
 */
@Injectable()
export class PhasesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async move(organisationId: OrganisationId, personIds: readonly string[], move: PhaseMove, tx?: Tx): Promise<MovedPerson[]> {
    if (personIds.length === 0) return [];
    const rows: Array<{ person_id: string; from_phase: Phase; boomerang: boolean }> = await managerOf(this.dataSource, tx).query(
      `WITH current AS (
         SELECT id, phase FROM people
         WHERE organisation_id = $1 AND id = ANY($2::uuid[]) AND phase <> $3
         ORDER BY id
         FOR UPDATE
       ), moved AS (
         UPDATE people p
         SET phase = $3, phase_changed_at = $5, updated_at = $5,
             boomerang_at = CASE WHEN c.phase = 'exit' AND $3 IN ('entry', 'employment') THEN $5 ELSE p.boomerang_at END
         FROM current c
         WHERE p.organisation_id = $1 AND p.id = c.id
         RETURNING p.id, c.phase AS from_phase
       ), history AS (
         INSERT INTO phase_transitions (organisation_id, person_id, from_phase, to_phase, cause, actor_user_id, reason, occurred_at)
         SELECT $1, id, from_phase, $3, $4, $6, $7, $5 FROM moved
       )
       SELECT id AS person_id, from_phase, (from_phase = 'exit' AND $3 IN ('entry', 'employment')) AS boomerang FROM moved`,
      [organisationId, personIds, move.to, move.cause, move.at, move.actorUserId ?? null, move.reason ?? null],
    );
    return rows.map((row) => ({ personId: row.person_id, fromPhase: row.from_phase, boomerang: row.boomerang }));
  }

  history(organisationId: OrganisationId, personId: string, tx?: Tx): Promise<PhaseTransitionEntity[]> {
    return managerOf(this.dataSource, tx).find(PhaseTransitionEntity, {
      where: { organisationId, personId },
      order: { occurredAt: 'ASC', createdAt: 'ASC' },
    });
  }
}
