import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import type { AuthContext } from '@kring/server-identity';
import { notFound } from '@kring/shared-domain';
import { AddPoolMembersInput, CreateTalentPoolInput, ListPoolMembersInput, UpdateTalentPoolInput } from './inputs/talent-pool.input';
import { AddPoolMembersOutput, PoolMemberListOutput, PoolMemberOutput, TalentPoolListOutput, TalentPoolOutput } from './outputs/talent-pool.output';
import { PoolMembershipService } from './pool-membership.service';
import { poolArchived, poolNameTaken } from './pools.errors';
import { isNameTaken, TalentPoolsRepository } from './talent-pools.repository';

const DEFAULT_PAGE = 50;

/** HR's talent pools: named groups of people, unique by name (ignoring case) within the organisation. */
@Injectable()
export class TalentPoolsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pools: TalentPoolsRepository,
    private readonly membership: PoolMembershipService,
    private readonly clock: Clock,
  ) {}

  async list(auth: AuthContext, includeArchived: boolean): Promise<TalentPoolListOutput> {
    return { items: (await this.pools.list(auth.organisationId, includeArchived)).map(TalentPoolOutput.from) };
  }

  async get(auth: AuthContext, id: string): Promise<TalentPoolOutput> {
    const pool = await this.pools.find(auth.organisationId, id);
    if (!pool) throw notFound('Talent pool');
    return TalentPoolOutput.from(pool);
  }

  async create(auth: AuthContext, input: CreateTalentPoolInput): Promise<TalentPoolOutput> {
    const id = await this.uniqueName(auth, input.name, null, () =>
      this.pools.create(auth.organisationId, { name: input.name, description: input.description ?? '', public: input.public ?? false }, this.clock.now()),
    );
    return this.get(auth, id);
  }

  async update(auth: AuthContext, id: string, input: UpdateTalentPoolInput): Promise<TalentPoolOutput> {
    const now = this.clock.now();
    const changed = await this.uniqueName(auth, input.name, id, () =>
      this.pools.update(
        auth.organisationId,
        id,
        {
          name: input.name,
          description: input.description,
          public: input.public,
          archivedAt: input.archived === undefined ? undefined : input.archived ? now : null,
        },
        now,
      ),
    );
    if (!changed) throw notFound('Talent pool');
    return this.get(auth, id);
  }

  async members(auth: AuthContext, id: string, query: ListPoolMembersInput): Promise<PoolMemberListOutput> {
    await this.get(auth, id);
    const page = await this.pools.members(auth.organisationId, id, { limit: query.limit ?? DEFAULT_PAGE, offset: query.offset ?? 0, q: query.q });
    return { items: page.items.map(PoolMemberOutput.from), total: page.total };
  }

  /** Adds people by hand: each new member moves to orientation where the phase rule allows, with a touchpoint. */
  async addMembers(auth: AuthContext, id: string, input: AddPoolMembersInput): Promise<AddPoolMembersOutput> {
    const pool = await this.pools.find(auth.organisationId, id);
    if (!pool) throw notFound('Talent pool');
    if (pool.archivedAt) throw poolArchived();
    const personIds = [...new Set(input.personIds)];
    return this.dataSource.transaction(async (tx) => {
      const known = await this.pools.existingPeople(auth.organisationId, personIds, tx);
      if (known.length !== personIds.length) throw notFound('Person');
      const added = await this.membership.join(tx, auth.organisationId, [id], personIds, { source: 'hr', at: this.clock.now(), actorUserId: auth.userId });
      return { added };
    });
  }

  async removeMember(auth: AuthContext, id: string, personId: string): Promise<void> {
    await this.get(auth, id);
    if (!(await this.pools.removeMember(auth.organisationId, id, personId))) throw notFound('Member');
  }

  private async uniqueName<T>(auth: AuthContext, name: string | undefined, id: string | null, write: () => Promise<T>): Promise<T> {
    if (name !== undefined && (await this.pools.nameTaken(auth.organisationId, name, id))) throw poolNameTaken(name);
    try {
      return await write();
    } catch (error) {
      if (isNameTaken(error)) throw poolNameTaken(name ?? '');
      throw error;
    }
  }
}
