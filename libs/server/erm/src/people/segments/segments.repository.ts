import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, OrganisationId, Tx } from '@kring/server-database';
import { SegmentEntity } from './segment.entity';
import type { PeopleFilter } from '../filter/people-filter';

export interface SegmentRow {
  id: string;
  name: string;
  description: string;
  filter: PeopleFilter;
  createdByUserId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface SegmentChanges {
  name?: string;
  description?: string;
  filter?: PeopleFilter;
}

const COLUMNS = `s.id, s.name, s.description, s.filter, s.created_by_user_id AS "createdByUserId", s.created_at AS "createdAt", s.updated_at AS "updatedAt"`;

/** Saved segments; every statement is scoped by organisation first. */
@Injectable()
export class SegmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findById(organisationId: OrganisationId, id: string, tx?: Tx): Promise<SegmentRow | null> {
    const rows: SegmentRow[] = await managerOf(this.dataSource, tx).query(
      `SELECT ${COLUMNS} FROM segments s WHERE s.organisation_id = $1 AND s.id = $2`,
      [organisationId, id],
    );
    return rows[0] ?? null;
  }

  list(organisationId: OrganisationId, tx?: Tx): Promise<SegmentRow[]> {
    return managerOf(this.dataSource, tx).query(
      `SELECT ${COLUMNS} FROM segments s WHERE s.organisation_id = $1 ORDER BY lower(s.name), s.id`,
      [organisationId],
    );
  }

  async nameTaken(organisationId: OrganisationId, name: string, exceptId: string | null, tx?: Tx): Promise<boolean> {
    const rows: unknown[] = await managerOf(this.dataSource, tx).query(
      `SELECT 1 FROM segments WHERE organisation_id = $1 AND lower(name) = lower($2) AND ($3::uuid IS NULL OR id <> $3)`,
      [organisationId, name, exceptId],
    );
    return rows.length > 0;
  }

  async insert(
    organisationId: OrganisationId,
    input: { name: string; description: string; filter: PeopleFilter; createdByUserId: string | null; at: Date },
    tx?: Tx,
  ): Promise<string> {
    const [row]: Array<{ id: string }> = await managerOf(this.dataSource, tx).query(
      `INSERT INTO segments (organisation_id, name, description, filter, created_by_user_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
      [organisationId, input.name, input.description, input.filter, input.createdByUserId, input.at],
    );
    return row!.id;
  }

  async update(organisationId: OrganisationId, id: string, changes: SegmentChanges, at: Date, tx?: Tx): Promise<boolean> {
    const [, count] = (await managerOf(this.dataSource, tx).query(
      `UPDATE segments SET name = COALESCE($3, name), description = COALESCE($4, description), filter = COALESCE($5, filter), updated_at = $6
       WHERE organisation_id = $1 AND id = $2`,
      [organisationId, id, changes.name ?? null, changes.description ?? null, changes.filter ?? null, at],
    )) as [unknown, number];
    return count === 1;
  }

  async knownPoolIds(organisationId: OrganisationId, poolIds: readonly string[], tx?: Tx): Promise<string[]> {
    const rows: Array<{ id: string }> = await managerOf(this.dataSource, tx).query(
      `SELECT id FROM talent_pools WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
      [organisationId, poolIds],
    );
    return rows.map((row) => row.id);
  }

  async delete(organisationId: OrganisationId, id: string, tx?: Tx): Promise<boolean> {
    const [, count] = (await managerOf(this.dataSource, tx).query(`DELETE FROM segments WHERE organisation_id = $1 AND id = $2`, [
      organisationId,
      id,
    ])) as [unknown, number];
    return count === 1;
  }
}

export { SegmentEntity };
