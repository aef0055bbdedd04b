import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, OrganisationId, Tx } from '@kring/server-database';
import type { Phase } from '@kring/shared-domain';

export interface TalentPoolRow {
  id: string;
  name: string;
  description: string;
  public: boolean;
  archivedAt: Date | null;
  memberCount: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface PoolMemberRow {
  personId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phase: Phase;
  source: string;
  joinedAt: Date;
  consentExpiresAt: Date | null;
}

export interface PoolChanges {
  name?: string;
  description?: string;
  public?: boolean;
  archivedAt?: Date | null;
}

const POOL_COLUMNS = `tp.id, tp.name, tp.description, tp.public, tp.archived_at AS "archivedAt", tp.created_at AS "createdAt", tp.updated_at AS "updatedAt",
  (SELECT count(*)::int FROM talent_pool_members m WHERE m.organisation_id = tp.organisation_id AND m.pool_id = tp.id) AS "memberCount"`;

/** Postgres unique violation on the case-insensitive pool name index. */
export const isNameTaken = (error: unknown): boolean =>
  (error as { code?: string; constraint?: string }).code === '23505' &&
  (error as { constraint?: string }).constraint === 'uq_talent_pools_organisation_name';

/** Talent pools and their members. Every query is scoped by organisation first. */
@Injectable()
export class TalentPoolsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(organisationId: OrganisationId, input: { name: string; description: string; public: boolean }, at: Date): Promise<string> {
    const [row]: Array<{ id: string }> = await this.dataSource.query(
      `INSERT INTO talent_pools (organisation_id, name, description, public, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
      [organisationId, input.name, input.description, input.public, at],
    );
    return row!.id;
  }

  async update(organisationId: OrganisationId, id: string, changes: PoolChanges, at: Date): Promise<boolean> {
    const [, count] = (await this.dataSource.query(
      `UPDATE talent_pools SET
         name = CASE WHEN $3::boolean THEN $4 ELSE name END,
         description = CASE WHEN $5::boolean THEN $6 ELSE description END,
         public = CASE WHEN $7::boolean THEN $8::boolean ELSE public END,
         archived_at = CASE WHEN $9::boolean THEN $10::timestamptz ELSE archived_at END,
         updated_at = $11
       WHERE organisation_id = $1 AND id = $2`,
      [
        organisationId,
        id,
        changes.name !== undefined,
        changes.name ?? null,
        changes.description !== undefined,
        changes.description ?? null,
        changes.public !== undefined,
        changes.public ?? null,
        changes.archivedAt !== undefined,
        changes.archivedAt ?? null,
        at,
      ],
    )) as [unknown, number];
    return count === 1;
  }

  /** Whether another pool of the organisation has this name, ignoring case (the unique index still decides races). */
  async nameTaken(organisationId: OrganisationId, name: string, exceptId: string | null): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM talent_pools WHERE organisation_id = $1 AND lower(name) = lower($2) AND ($3::uuid IS NULL OR id <> $3)`,
      [organisationId, name, exceptId],
    );
    return rows.length > 0;
  }

  async find(organisationId: OrganisationId, id: string, tx?: Tx): Promise<TalentPoolRow | null> {
    const rows: TalentPoolRow[] = await managerOf(this.dataSource, tx).query(
      `SELECT ${POOL_COLUMNS} FROM talent_pools tp WHERE tp.organisation_id = $1 AND tp.id = $2`,
      [organisationId, id],
    );
    return rows[0] ?? null;
  }

  list(organisationId: OrganisationId, includeArchived: boolean): Promise<TalentPoolRow[]> {
    return this.dataSource.query(
      `SELECT ${POOL_COLUMNS} FROM talent_pools tp
        WHERE tp.organisation_id = $1 AND ($2::boolean OR tp.archived_at IS NULL)
        ORDER BY tp.archived_at IS NOT NULL, lower(tp.name)`,
      [organisationId, includeArchived],
    );
  }

  /** The pools a visitor may choose on the public form. */
  publicPools(organisationId: OrganisationId, tx?: Tx): Promise<Array<{ id: string; name: string; description: string }>> {
    return managerOf(this.dataSource, tx).query(
      `SELECT id, name, description FROM talent_pools WHERE organisation_id = $1 AND public AND archived_at IS NULL ORDER BY lower(name)`,
      [organisationId],
    );
  }

  async members(
    organisationId: OrganisationId,
    poolId: string,
    page: { limit: number; offset: number; q?: string },
  ): Promise<{ items: PoolMemberRow[]; total: number }> {
    const search = page.q ? `%${page.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const rows: Array<PoolMemberRow & { total: number }> = await this.dataSource.query(
      `SELECT p.id AS "personId", p.first_name AS "firstName", p.last_name AS "lastName", p.email, p.phase,
              m.source, m.joined_at AS "joinedAt", c.expires_at AS "consentExpiresAt", count(*) OVER ()::int AS total
         FROM talent_pool_members m
         JOIN people p ON p.organisation_id = m.organisation_id AND p.id = m.person_id
         LEFT JOIN consents c ON c.organisation_id = m.organisation_id AND c.person_id = m.person_id AND c.purpose = 'talent_pool' AND c.status = 'granted'
        WHERE m.organisation_id = $1 AND m.pool_id = $2
          AND ($3::text IS NULL OR (p.first_name || ' ' || p.last_name) ILIKE $3 OR p.email ILIKE $3)
        ORDER BY m.joined_at DESC, p.id
        LIMIT $4 OFFSET $5`,
      [organisationId, poolId, search, page.limit, page.offset],
    );
    const total = rows[0]?.total ?? (page.offset > 0 ? await this.memberCount(organisationId, poolId, search) : 0);
    return { items: rows.map(({ total: _total, ...row }) => row), total };
  }

  private async memberCount(organisationId: OrganisationId, poolId: string, search: string | null): Promise<number> {
    const [row]: Array<{ n: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM talent_pool_members m JOIN people p ON p.organisation_id = m.organisation_id AND p.id = m.person_id
        WHERE m.organisation_id = $1 AND m.pool_id = $2 AND ($3::text IS NULL OR (p.first_name || ' ' || p.last_name) ILIKE $3 OR p.email ILIKE $3)`,
      [organisationId, poolId, search],
    );
    return row!.n;
  }

  /** The ids among these that are people of this organisation. */
  async existingPeople(organisationId: OrganisationId, personIds: readonly string[], tx?: Tx): Promise<string[]> {
    const rows: Array<{ id: string }> = await managerOf(this.dataSource, tx).query(
      `SELECT id FROM people WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
      [organisationId, personIds],
    );
    return rows.map((r) => r.id);
  }

  /** Adds memberships; returns the (pool, person) pairs that are new (people already in a pool are left alone). */
  async addMembers(
    organisationId: OrganisationId,
    poolIds: readonly string[],
    personIds: readonly string[],
    source: string,
    at: Date,
    tx?: Tx,
  ): Promise<Array<{ poolId: string; personId: string }>> {
    if (poolIds.length === 0 || personIds.length === 0) return [];
    const rows: Array<{ pool_id: string; person_id: string }> = await managerOf(this.dataSource, tx).query(
      `INSERT INTO talent_pool_members (organisation_id, pool_id, person_id, source, joined_at)
       SELECT $1, tp.id, p.id, $4, $5
         FROM talent_pools tp JOIN people p ON p.organisation_id = tp.organisation_id
        WHERE tp.organisation_id = $1 AND tp.id = ANY($2::uuid[]) AND p.id = ANY($3::uuid[])
       ON CONFLICT (pool_id, person_id) DO NOTHING
       RETURNING pool_id, person_id`,
      [organisationId, poolIds, personIds, source, at],
    );
    return rows.map((r) => ({ poolId: r.pool_id, personId: r.person_id }));
  }

  async removeMember(organisationId: OrganisationId, poolId: string, personId: string): Promise<boolean> {
    const [, count] = (await this.dataSource.query(
      `DELETE FROM talent_pool_members WHERE organisation_id = $1 AND pool_id = $2 AND person_id = $3`,
      [organisationId, poolId, personId],
    )) as [unknown, number];
    return count === 1;
  }

  /** Current phases of these people, locked: the join decides on a phase move from them. */
  async phasesForUpdate(organisationId: OrganisationId, personIds: readonly string[], tx: Tx): Promise<Array<{ id: string; phase: Phase }>> {
    return tx.query(`SELECT id, phase FROM people WHERE organisation_id = $1 AND id = ANY($2::uuid[]) ORDER BY id FOR UPDATE`, [organisationId, personIds]);
  }
}
