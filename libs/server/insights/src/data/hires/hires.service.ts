import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository, OrganisationId, Tx } from '@kring/server-database';
import { checkRefs, externalRefTaken, invalid, isUniqueViolation, managedByReferral, notFound } from '../common/validation';
import { HireInput, ListHiresInput } from './inputs/hire.input';
import { HireListOutput, HireOutput } from './outputs/hire.output';
import { HiresRepository, HireRow, HireValues } from './hires.repository';

export interface Actor {
  organisationId: OrganisationId;
  userId: string;
}

/** The rules every hire row obeys (also used by the import). Returns the problems, empty when fine. */
export function hireProblems(v: Pick<HireValues, 'appliedOn' | 'hiredOn' | 'startDate' | 'leftOn'>): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  if (v.appliedOn && v.appliedOn > v.hiredOn) problems.push({ field: 'appliedOn', message: 'must be on or before the hire date' });
  if (v.leftOn && v.startDate && v.leftOn < v.startDate) problems.push({ field: 'leftOn', message: 'must be on or after the start date' });
  return problems;
}

/** HR's hires of other channels; referral hires are listed too but only Kring changes them. */
@Injectable()
export class HiresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hires: HiresRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, input: ListHiresInput): Promise<HireListOutput> {
    const { items, total } = await this.hires.list(
      actor.organisationId,
      { channel: input.channel, source: input.source, from: input.from, to: input.to, programmeId: input.programmeId, department: input.department?.trim() || undefined },
      { limit: input.limit ?? 50, offset: input.offset ?? 0 },
    );
    return { items: items.map(hireOutput), total };
  }

  async get(actor: Actor, id: string): Promise<HireOutput> {
    const row = await this.hires.get(actor.organisationId, id);
    if (!row) throw notFound('Hire');
    return hireOutput(row);
  }

  async create(actor: Actor, input: HireInput): Promise<HireOutput> {
    const values = this.values(input);
    const id = await this.write(actor, async (tx) => {
      await checkRefs(tx, actor.organisationId, values);
      const id = await this.hires.insert(actor.organisationId, values, { source: 'manual', userId: actor.userId }, tx);
      await this.audit.record(actor.organisationId, { actorUserId: actor.userId, action: 'insights.hire_created', subjectType: 'hire', subjectId: id, data: { channel: values.channel, hiredOn: values.hiredOn } }, tx);
      return id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, input: HireInput): Promise<HireOutput> {
    const values = this.values(input);
    await this.write(actor, async (tx) => {
      const row = await this.hires.lock(actor.organisationId, id, tx);
      if (!row) throw notFound('Hire');
      if (row.source === 'referral') throw managedByReferral();
      await checkRefs(tx, actor.organisationId, values);
      await this.hires.update(actor.organisationId, id, values, this.clock.now(), tx);
      await this.audit.record(actor.organisationId, { actorUserId: actor.userId, action: 'insights.hire_changed', subjectType: 'hire', subjectId: id, data: { channel: values.channel, hiredOn: values.hiredOn } }, tx);
      return id;
    });
    return this.get(actor, id);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const row = await this.hires.lock(actor.organisationId, id, tx);
      if (!row) throw notFound('Hire');
      if (row.source === 'referral') throw managedByReferral();
      await this.hires.delete(actor.organisationId, id, tx);
      await this.audit.record(actor.organisationId, { actorUserId: actor.userId, action: 'insights.hire_deleted', subjectType: 'hire', subjectId: id }, tx);
    });
  }

  private values(input: HireInput): HireValues {
    const values: HireValues = {
      channel: input.channel,
      programmeId: input.programmeId ?? null,
      personId: input.personId ?? null,
      vacancyId: input.vacancyId ?? null,
      department: input.department?.trim() || null,
      jobTitle: input.jobTitle?.trim() || null,
      appliedOn: input.appliedOn ?? null,
      hiredOn: input.hiredOn,
      startDate: input.startDate ?? null,
      leftOn: input.leftOn ?? null,
      externalRef: input.externalRef?.trim() || null,
    };
    const [problem] = hireProblems(values);
    if (problem) throw invalid(problem.field, problem.message);
    return values;
  }

  private async write(actor: Actor, work: (tx: Tx) => Promise<string>): Promise<string> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_hires_external_ref')) throw externalRefTaken();
      throw error;
    }
  }
}

export function hireOutput(row: HireRow): HireOutput {
  return {
    id: row.id,
    channel: row.channel,
    source: row.source,
    referralId: row.referralId,
    programme: row.programmeId ? { id: row.programmeId, name: row.programmeName ?? '' } : null,
    person: row.personId ? { id: row.personId, name: row.personName ?? '' } : null,
    vacancy: row.vacancyId ? { id: row.vacancyId, name: row.vacancyTitle ?? '' } : null,
    department: row.department,
    jobTitle: row.jobTitle,
    appliedOn: row.appliedOn,
    hiredOn: row.hiredOn,
    startDate: row.startDate,
    leftOn: row.leftOn,
    externalRef: row.externalRef,
    rating6: row.rating6,
    rating12: row.rating12,
    editable: row.source !== 'referral',
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
