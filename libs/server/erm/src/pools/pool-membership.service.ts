import { Injectable } from '@nestjs/common';
import { OrganisationId, PhasesRepository, TouchpointsRepository, Tx } from '@kring/server-database';
import { joinMovesToOrientation } from './pools.rules';
import { TalentPoolsRepository } from './talent-pools.repository';

export interface JoinContext {
  /** `hr` (added by HR) or `talent_pool_form` (confirmed sign-up). */
  source: 'hr' | 'talent_pool_form';
  at: Date;
  actorUserId?: string | null;
}

/**
 * Joining a pool, whoever causes it: the membership, the move to orientation (see {@link joinMovesToOrientation})
 * and one `talent_pool_joined` touchpoint per new membership, all in the caller's transaction.
 */
@Injectable()
export class PoolMembershipService {
  constructor(
    private readonly pools: TalentPoolsRepository,
    private readonly phases: PhasesRepository,
    private readonly touchpoints: TouchpointsRepository,
  ) {}

  /** Returns how many memberships are new. */
  async join(tx: Tx, organisationId: OrganisationId, poolIds: readonly string[], personIds: readonly string[], ctx: JoinContext): Promise<number> {
    const added = await this.pools.addMembers(organisationId, poolIds, personIds, ctx.source, ctx.at, tx);
    await this.afterJoin(tx, organisationId, added, ctx);
    return added.length;
  }

  /** Joined the talent pool without choosing a pool ("keep me posted" in general): the same move and touchpoint, without a membership. */
  async joinGeneral(tx: Tx, organisationId: OrganisationId, personId: string, ctx: JoinContext): Promise<void> {
    await this.afterJoin(tx, organisationId, [{ poolId: null, personId }], ctx);
  }

  private async afterJoin(tx: Tx, organisationId: OrganisationId, joins: Array<{ poolId: string | null; personId: string }>, ctx: JoinContext): Promise<void> {
    if (joins.length === 0) return;
    const joined = [...new Set(joins.map((a) => a.personId))];
    const current = await this.pools.phasesForUpdate(organisationId, joined, tx);
    const toMove = current.filter((p) => joinMovesToOrientation(p.phase)).map((p) => p.id);
    await this.phases.move(organisationId, toMove, { to: 'orientation', cause: 'talent_pool_joined', at: ctx.at, actorUserId: ctx.actorUserId ?? null }, tx);
    const byPool = new Map<string | null, string[]>();
    for (const { poolId, personId } of joins) byPool.set(poolId, [...(byPool.get(poolId) ?? []), personId]);
    for (const [poolId, people] of byPool) {
      await this.touchpoints.record(
        organisationId,
        people,
        {
          kind: 'talent_pool_joined',
          channel: 'talent_pool',
          occurredAt: ctx.at,
          actorUserId: ctx.actorUserId ?? null,
          subjectType: poolId ? 'talent_pool' : null,
          subjectId: poolId,
          data: { source: ctx.source },
        },
        tx,
      );
    }
  }
}
