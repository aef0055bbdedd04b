import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository, OrganisationId, TouchpointsRepository, Tx } from '@kring/server-database';
import type { AuthContext } from '@kring/server-identity';
import { DomainError, ErrorCodes } from '@kring/shared-domain';
import { PageInput } from '@kring/server-http';
import { PeopleDirectoryRepository } from '../directory/people-directory.repository';
import { LogTouchpointInput } from '../directory/inputs/bulk.input';
import { PersonOutput, TouchpointsLoggedOutput } from '../directory/outputs/person.output';
import { compactFilter } from '../filter/people-filter.input';
import type { PeopleFilter } from '../filter/people-filter';
import { segmentNameTaken, segmentNotFound } from '../people.errors';
import { CreateSegmentInput, PreviewSegmentInput, SEGMENT_PREVIEW_SIZE, UpdateSegmentInput } from './inputs/segment.input';
import { SegmentCountOutput, SegmentListOutput, SegmentOutput, SegmentPeopleOutput } from './outputs/segment.output';
import { SegmentRow, SegmentsRepository } from './segments.repository';

/** HR's segments: CRUD, the editor's live preview, the people in a segment, and a touchpoint for everyone in it. */
@Injectable()
export class SegmentsAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly segments: SegmentsRepository,
    private readonly directory: PeopleDirectoryRepository,
    private readonly touchpoints: TouchpointsRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async list(auth: AuthContext): Promise<SegmentListOutput> {
    const now = this.clock.now();
    const rows = await this.segments.list(auth.organisationId);
    const counts = await Promise.all(rows.map((row) => this.directory.count(auth.organisationId, row.filter, now)));
    return { items: rows.map((row, i) => SegmentOutput.from(row, counts[i]!)) };
  }

  async get(auth: AuthContext, id: string): Promise<SegmentOutput> {
    const row = await this.find(auth.organisationId, id);
    return SegmentOutput.from(row, await this.directory.count(auth.organisationId, row.filter, this.clock.now()));
  }

  async create(auth: AuthContext, input: CreateSegmentInput): Promise<SegmentOutput> {
    const filter = compactFilter(input.filter);
    const id = await this.inTransaction(async (tx) => {
      await this.checkName(auth.organisationId, input.name, null, tx);
      await this.checkPools(auth.organisationId, filter, tx);
      const id = await this.segments.insert(
        auth.organisationId,
        { name: input.name, description: input.description ?? '', filter, createdByUserId: auth.userId, at: this.clock.now() },
        tx,
      );
      await this.record(auth, 'segment.created', id, { filter }, tx);
      return id;
    });
    return this.get(auth, id);
  }

  async update(auth: AuthContext, id: string, input: UpdateSegmentInput): Promise<SegmentOutput> {
    const filter = input.filter ? compactFilter(input.filter) : undefined;
    await this.inTransaction(async (tx) => {
      await this.find(auth.organisationId, id, tx);
      if (input.name !== undefined) await this.checkName(auth.organisationId, input.name, id, tx);
      if (filter) await this.checkPools(auth.organisationId, filter, tx);
      await this.segments.update(auth.organisationId, id, { name: input.name, description: input.description, filter }, this.clock.now(), tx);
      await this.record(auth, 'segment.updated', id, { fields: Object.keys(input) }, tx);
    });
    return this.get(auth, id);
  }

  async delete(auth: AuthContext, id: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      if (!(await this.segments.delete(auth.organisationId, id, tx))) throw segmentNotFound();
      await this.record(auth, 'segment.deleted', id, {}, tx);
    });
  }

  /** The live count while HR edits a filter that is not saved yet. */
  async preview(auth: AuthContext, input: PreviewSegmentInput): Promise<SegmentPeopleOutput> {
    const filter = compactFilter(input.filter);
    return this.page(auth.organisationId, filter, input.limit ?? SEGMENT_PREVIEW_SIZE, 0);
  }

  async people(auth: AuthContext, id: string, input: PageInput): Promise<SegmentPeopleOutput> {
    const row = await this.find(auth.organisationId, id);
    return this.page(auth.organisationId, row.filter, input.limit ?? 25, input.offset ?? 0);
  }

  async count(auth: AuthContext, id: string): Promise<SegmentCountOutput> {
    const row = await this.find(auth.organisationId, id);
    return { total: await this.directory.count(auth.organisationId, row.filter, this.clock.now()) };
  }

  /** One manual touchpoint for everyone in the segment now, in one transaction ("Kerstkaart verstuurd"). */
  async logTouchpoint(auth: AuthContext, id: string, input: LogTouchpointInput): Promise<TouchpointsLoggedOutput> {
    const now = this.clock.now();
    if (input.occurredAt && input.occurredAt.getTime() > now.getTime() + 60_000) {
      throw new DomainError('validation', ErrorCodes.validationFailed, 'The request has invalid fields', [
        { field: 'occurredAt', message: 'must not be in the future' },
      ]);
    }
    return this.dataSource.transaction(async (tx) => {
      const row = await this.find(auth.organisationId, id, tx);
      const ids = await this.directory.ids(auth.organisationId, row.filter, now, tx);
      const recorded = await this.touchpoints.record(
        auth.organisationId,
        ids,
        { kind: 'manual', channel: input.channel, occurredAt: input.occurredAt ?? now, actorUserId: auth.userId, note: input.note, subjectType: 'segment', subjectId: id },
        tx,
      );
      await this.record(auth, 'segment.touchpoint_logged', id, { channel: input.channel, recorded }, tx);
      return { recorded };
    });
  }

  private async page(organisationId: OrganisationId, filter: PeopleFilter, limit: number, offset: number): Promise<SegmentPeopleOutput> {
    const { items, total } = await this.directory.search(organisationId, filter, this.clock.now(), { limit, offset });
    return { items: items.map(PersonOutput.from), total };
  }

  /** A concurrent save of the same name loses on the unique index: answer it like the pre-check would. */
  private async inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if ((error as { code?: string; constraint?: string }).constraint === 'uq_segments_organisation_name') throw segmentNameTaken();
      throw error;
    }
  }

  private async find(organisationId: OrganisationId, id: string, tx?: Tx): Promise<SegmentRow> {
    const row = await this.segments.findById(organisationId, id, tx);
    if (!row) throw segmentNotFound();
    return row;
  }

  private async checkName(organisationId: OrganisationId, name: string, exceptId: string | null, tx: Tx): Promise<void> {
    if (await this.segments.nameTaken(organisationId, name, exceptId, tx)) throw segmentNameTaken();
  }

  /** Pools in a filter must be pools of this organisation (a foreign id would silently match nobody). */
  private async checkPools(organisationId: OrganisationId, filter: PeopleFilter, tx: Tx): Promise<void> {
    if (!filter.poolIds?.length) return;
    const known = await this.segments.knownPoolIds(organisationId, filter.poolIds, tx);
    const unknown = filter.poolIds.filter((poolId) => !known.includes(poolId));
    if (unknown.length) {
      throw new DomainError('validation', ErrorCodes.validationFailed, 'The request has invalid fields', [
        { field: 'filter.poolIds', message: `unknown talent pool(s): ${unknown.join(', ')}` },
      ]);
    }
  }

  private record(auth: AuthContext, action: string, segmentId: string, data: Record<string, unknown>, tx: Tx) {
    return this.audit.record(auth.organisationId, { actorUserId: auth.userId, action, subjectType: 'segment', subjectId: segmentId, data }, tx);
  }
}
