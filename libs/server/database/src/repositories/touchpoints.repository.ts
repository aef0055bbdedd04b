import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { TouchpointChannel, TouchpointKind } from '@kring/shared-domain';
import { OrganisationId } from '../organisation-id';
import { managerOf, Tx } from './transaction';

export interface TouchpointInput {
  kind: TouchpointKind;
  channel: TouchpointChannel;
  occurredAt: Date;
  actorUserId?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  note?: string | null;
  data?: Record<string, unknown>;
}

/** Appends touchpoints; the phase is the person's phase at that moment, read in the same statement. */
@Injectable()
export class TouchpointsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One touchpoint for each of these people (ids of other organisations are ignored). Returns how many were written. */
  async record(organisationId: OrganisationId, personIds: readonly string[], input: TouchpointInput, tx?: Tx): Promise<number> {
    if (personIds.length === 0) return 0;
    const rows: unknown[] = await managerOf(this.dataSource, tx).query(
      `INSERT INTO touchpoints (organisation_id, person_id, kind, channel, phase, occurred_at, actor_user_id, subject_type, subject_id, note, data)
       SELECT p.organisation_id, p.id, $3, $4, p.phase, $5, $6, $7, $8, $9, $10
       FROM people p WHERE p.organisation_id = $1 AND p.id = ANY($2::uuid[])
       RETURNING id`,
      [
        organisationId,
        personIds,
        input.kind,
        input.channel,
        input.occurredAt,
        input.actorUserId ?? null,
        input.subjectType ?? null,
        input.subjectId ?? null,
        input.note ?? null,
        input.data ?? {},
      ],
    );
    return rows.length;
  }
}
