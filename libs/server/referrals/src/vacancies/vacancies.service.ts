import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository, OrganisationId, Tx } from '@kring/server-database';
import { JobQueue, QueueNames } from '@kring/server-queue';
import type { AuthContext } from '@kring/server-identity';
import { DomainError, ErrorCodes, FieldError, notFound, VacancyStatus } from '@kring/shared-domain';
import { CreateVacancyInput } from './inputs/create-vacancy.input';
import { ListVacanciesInput } from './inputs/list-vacancies.input';
import { UpdateVacancyInput } from './inputs/update-vacancy.input';
import { VacancyListOutput, VacancyOutput, VacancySummaryOutput } from './outputs/vacancy.output';
import { VacanciesRepository, VacancyChanges, VacancyRow } from './vacancies.repository';
import { nullErrors, rangeErrors, statusChangeError, statusTimestamps } from './vacancy-rules';

const invalid = (errors: FieldError[]) =>
  new DomainError('validation', ErrorCodes.validationFailed, 'The request has invalid fields', errors);

/** HR's vacancies: create, list (every status), read and change, with status transitions and an audit trail. */
@Injectable()
export class VacanciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vacancies: VacanciesRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
    private readonly queue: JobQueue,
  ) {}

  async list(auth: AuthContext, input: ListVacanciesInput): Promise<VacancyListOutput> {
    const { items, total } = await this.vacancies.list(auth.organisationId, {
      status: input.status,
      department: input.department?.trim() || undefined,
      location: input.location?.trim() || undefined,
      employmentType: input.employmentType,
      hardToFill: input.hardToFill,
      q: input.q?.trim() || undefined,
      limit: input.limit ?? 20,
      offset: input.offset ?? 0,
    });
    return { items: items.map(VacancySummaryOutput.from), total };
  }

  async get(auth: AuthContext, id: string): Promise<VacancyOutput> {
    return VacancyOutput.from(await this.find(auth, id));
  }

  async create(auth: AuthContext, input: CreateVacancyInput): Promise<VacancyOutput> {
    const status = input.status ?? 'draft';
    const id = await this.dataSource.transaction(async (tx) => {
      await this.check(auth, 'new', { ...input, status }, input, tx);
      const id = await this.vacancies.insert(
        auth.organisationId,
        { ...input, status, ...statusTimestamps('new', status, this.clock.now()) },
        tx,
      );
      await this.audit.record(
        auth.organisationId,
        { actorUserId: auth.userId, action: 'vacancy.created', subjectType: 'vacancy', subjectId: id, data: { status } },
        tx,
      );
      if (status === 'open') await this.announce(auth.organisationId, id, tx);
      return id;
    });
    return this.get(auth, id);
  }

  async update(auth: AuthContext, id: string, input: UpdateVacancyInput): Promise<VacancyOutput> {
    const errors = nullErrors(input, [
      'title',
      'descriptionMarkdown',
      'employmentType',
      'salaryCurrency',
      'skills',
      'status',
      'hardToFill',
    ]);
    if (errors.length) throw invalid(errors);
    await this.dataSource.transaction(async (tx) => {
      const current = await this.find(auth, id, tx);
      const next = { ...current, ...input };
      await this.check(auth, current.status, next, input, tx);
      const changes: VacancyChanges = {
        ...input,
        ...statusTimestamps(current.status, next.status, this.clock.now()),
      } as VacancyChanges;
      await this.vacancies.update(auth.organisationId, id, changes, tx);
      await this.audit.record(
        auth.organisationId,
        {
          actorUserId: auth.userId,
          action: 'vacancy.updated',
          subjectType: 'vacancy',
          subjectId: id,
          data: { fields: Object.keys(input), ...(next.status !== current.status ? { status: { from: current.status, to: next.status } } : {}) },
        },
        tx,
      );
      if (next.status === 'open' && current.status !== 'open') await this.announce(auth.organisationId, id, tx);
    });
    return this.get(auth, id);
  }

  /** Job alerts: a vacancy that becomes open is matched against instant alerts, once the publication is committed. */
  private async announce(organisationId: OrganisationId, vacancyId: string, tx: Tx): Promise<void> {
    await this.queue.send(QueueNames.jobAlertsInstant, { organisationId, vacancyId }, {}, tx);
  }

  private async find(auth: AuthContext, id: string, tx?: Tx): Promise<VacancyRow> {
    const vacancy = await this.vacancies.findById(auth.organisationId, id, tx);
    if (!vacancy) throw notFound('Vacancy');
    return vacancy;
  }

  /** Rules across fields and rows: status transition, min ≤ max, and a hiring manager from this organisation. */
  private async check(
    auth: AuthContext,
    from: VacancyStatus | 'new',
    next: Partial<Omit<VacancyRow, 'status'>> & { status: VacancyStatus },
    changed: UpdateVacancyInput,
    tx: Tx,
  ): Promise<void> {
    const errors = rangeErrors([
      ['hoursMin', next.hoursMin ?? null, 'hoursMax', next.hoursMax ?? null],
      ['salaryMin', next.salaryMin ?? null, 'salaryMax', next.salaryMax ?? null],
    ]);
    const status = statusChangeError(from, next.status);
    if (status) errors.push(status);
    const manager = changed.hiringManagerUserId;
    if (manager && !(await this.vacancies.isActiveUser(auth.organisationId, manager, tx))) {
      errors.push({ field: 'hiringManagerUserId', message: 'must be an active user of your organisation' });
    }
    if (errors.length) throw invalid(errors);
  }
}
