import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository, Tx } from '@kring/server-database';
import type { AuthContext } from '@kring/server-identity';
import { DomainError, ErrorCodes, FieldError, notFound } from '@kring/shared-domain';
import { ProgrammeEntity } from '../entities';
import { VacanciesRepository } from '../vacancies/vacancies.repository';
import { nullErrors } from '../vacancies/vacancy-rules';
import { CreateProgrammeInput } from './inputs/create-programme.input';
import { ListProgrammesInput } from './inputs/list-programmes.input';
import { UpdateProgrammeInput } from './inputs/update-programme.input';
import { ProgrammeListOutput, ProgrammeOutput } from './outputs/programme.output';
import {
  DEFAULT_CONSENT_TIMEOUT_DAYS,
  DEFAULT_OWNERSHIP_DAYS,
  defaultAudiences,
  programmeErrors,
  ProgrammeShape,
} from './programme-rules';
import { ProgrammesRepository } from './programmes.repository';

const invalid = (errors: FieldError[]) =>
  new DomainError('validation', ErrorCodes.validationFailed, 'The request has invalid fields', errors);
const toDate = (value: string | null | undefined) => (value ? new Date(value) : null);

/** HR's referral programmes and actions: create, list, change, turn an action into an ongoing programme, archive. */
@Injectable()
export class ProgrammesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammesRepository,
    private readonly vacancies: VacanciesRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async list(auth: AuthContext, input: ListProgrammesInput): Promise<ProgrammeListOutput> {
    const now = this.clock.now();
    const { items, total } = await this.programmes.list(
      auth.organisationId,
      { status: input.status, kind: input.kind, limit: input.limit ?? 50, offset: input.offset ?? 0 },
      now,
    );
    const vacancyIds = await this.programmes.vacancyIdsOf(auth.organisationId, items.map((p) => p.id));
    return { items: items.map((p) => ProgrammeOutput.from(p, vacancyIds.get(p.id)!, now)), total };
  }

  async get(auth: AuthContext, id: string, tx?: Tx): Promise<ProgrammeOutput> {
    const programme = await this.find(auth, id, tx);
    const vacancyIds = await this.programmes.vacancyIdsOf(auth.organisationId, [id], tx);
    return ProgrammeOutput.from(programme, vacancyIds.get(id)!, this.clock.now());
  }

  async create(auth: AuthContext, input: CreateProgrammeInput): Promise<ProgrammeOutput> {
    const shape: ProgrammeShape = {
      kind: input.kind,
      audiences: input.audiences ?? defaultAudiences(input.kind),
      startsAt: toDate(input.startsAt),
      endsAt: toDate(input.endsAt),
      vacancyScope: input.vacancyScope ?? 'all_open',
      vacancyIds: input.vacancyIds ?? [],
    };
    return this.dataSource.transaction(async (tx) => {
      await this.check(auth, shape, true, tx);
      const { vacancyIds, ...columns } = shape;
      const id = await this.programmes.insert(
        auth.organisationId,
        {
          ...columns,
          name: input.name,
          ownershipDays: input.ownershipDays ?? DEFAULT_OWNERSHIP_DAYS,
          ownershipScope: input.ownershipScope ?? 'candidate',
          consentTimeoutDays: input.consentTimeoutDays ?? DEFAULT_CONSENT_TIMEOUT_DAYS,
          allowHiringTeamReferrals: input.allowHiringTeamReferrals ?? false,
          termsMarkdown: input.termsMarkdown ?? '',
          rewardSummary: input.rewardSummary ?? '',
        },
        tx,
      );
      await this.programmes.replaceVacancies(auth.organisationId, id, vacancyIds, tx);
      await this.record(auth, 'programme.created', id, { kind: shape.kind, isAction: shape.endsAt !== null }, tx);
      return this.get(auth, id, tx);
    });
  }

  async update(auth: AuthContext, id: string, input: UpdateProgrammeInput): Promise<ProgrammeOutput> {
    const nulls = nullErrors(input, [
      'name',
      'kind',
      'audiences',
      'vacancyScope',
      'vacancyIds',
      'ownershipDays',
      'ownershipScope',
      'consentTimeoutDays',
      'allowHiringTeamReferrals',
      'termsMarkdown',
      'rewardSummary',
    ]);
    if (nulls.length) throw invalid(nulls);
    return this.dataSource.transaction(async (tx) => {
      const current = await this.find(auth, id, tx);
      const kind = input.kind ?? current.kind;
      const vacancyScope = input.vacancyScope ?? current.vacancyScope;
      const currentVacancyIds = (await this.programmes.vacancyIdsOf(auth.organisationId, [id], tx)).get(id)!;
      const shape: ProgrammeShape = {
        kind,
        audiences: input.audiences ?? (kind === current.kind ? current.audiences : defaultAudiences(kind)),
        startsAt: input.startsAt === undefined ? current.startsAt : toDate(input.startsAt),
        endsAt: input.endsAt === undefined ? current.endsAt : toDate(input.endsAt),
        vacancyScope,
        // Switching to all open vacancies drops the selection; otherwise the selection stays unless replaced.
        vacancyIds: input.vacancyIds ?? (vacancyScope === 'selected' ? currentVacancyIds : []),
      };
      await this.check(auth, shape, false, tx);
      const { vacancyIds, ...columns } = shape;
      const { vacancyIds: _ignored, startsAt: _s, endsAt: _e, ...rest } = input;
      await this.programmes.update(auth.organisationId, id, { ...rest, ...columns }, tx);
      await this.programmes.replaceVacancies(auth.organisationId, id, vacancyIds, tx);
      await this.record(auth, 'programme.updated', id, { fields: Object.keys(input) }, tx);
      return this.get(auth, id, tx);
    });
  }

  /** Turns a referral action into an ongoing programme by removing its end date; already ongoing: no change. */
  async makeOngoing(auth: AuthContext, id: string): Promise<ProgrammeOutput> {
    return this.dataSource.transaction(async (tx) => {
      const current = await this.find(auth, id, tx);
      if (current.endsAt) {
        await this.programmes.update(auth.organisationId, id, { endsAt: null }, tx);
        await this.record(auth, 'programme.made_ongoing', id, { endedAt: current.endsAt.toISOString() }, tx);
      }
      return this.get(auth, id, tx);
    });
  }

  /** Archived programmes no longer apply to new referrals; existing referrals keep theirs. Idempotent. */
  async archive(auth: AuthContext, id: string): Promise<ProgrammeOutput> {
    return this.dataSource.transaction(async (tx) => {
      const current = await this.find(auth, id, tx);
      if (!current.archivedAt) {
        await this.programmes.update(auth.organisationId, id, { archivedAt: this.clock.now() }, tx);
        await this.record(auth, 'programme.archived', id, {}, tx);
      }
      return this.get(auth, id, tx);
    });
  }

  private async find(auth: AuthContext, id: string, tx?: Tx): Promise<ProgrammeEntity> {
    const programme = await this.programmes.findById(auth.organisationId, id, tx);
    if (!programme) throw notFound('Programme');
    return programme;
  }

  private async check(auth: AuthContext, shape: ProgrammeShape, isNew: boolean, tx: Tx): Promise<void> {
    const errors = programmeErrors(shape, this.clock.now(), isNew);
    const known = await this.vacancies.existingIds(auth.organisationId, shape.vacancyIds, tx);
    shape.vacancyIds.forEach((vacancyId, index) => {
      if (!known.has(vacancyId)) errors.push({ field: `vacancyIds.${index}`, message: 'is not a vacancy of your organisation' });
    });
    if (errors.length) throw invalid(errors);
  }

  private record(auth: AuthContext, action: string, id: string, data: Record<string, unknown>, tx: Tx) {
    return this.audit.record(auth.organisationId, { actorUserId: auth.userId, action, subjectType: 'programme', subjectId: id, data }, tx);
  }
}
