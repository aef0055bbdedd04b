import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditRepository, Tx } from '@kring/server-database';
import type { AuthContext } from '@kring/server-identity';
import { DomainError, ErrorCodes, notFound } from '@kring/shared-domain';
import { CharitiesRepository } from './charities.repository';
import { CreateCharityInput, UpdateCharityInput } from './inputs/charity.input';
import { CharityOutput } from './outputs/charity.output';

const nameTaken = () => new DomainError('validation', ErrorCodes.validationFailed, 'The request has invalid fields', [{ field: 'name', message: 'is already listed' }]);

/** Charities an organisation lists for referrers who would rather donate a reward. */
@Injectable()
export class CharitiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly charities: CharitiesRepository,
    private readonly audit: AuditRepository,
  ) {}

  async list(auth: AuthContext, activeOnly: boolean): Promise<CharityOutput[]> {
    return (await this.charities.list(auth.organisationId, activeOnly)).map(CharityOutput.from);
  }

  create(auth: AuthContext, input: CreateCharityInput): Promise<CharityOutput> {
    return this.dataSource.transaction(async (tx) => {
      await this.lockNames(auth, tx);
      if (await this.charities.nameTaken(auth.organisationId, input.name, null, tx)) throw nameTaken();
      const id = await this.charities.insert(auth.organisationId, input.name, tx);
      await this.audit.record(auth.organisationId, { actorUserId: auth.userId, action: 'charity.created', subjectType: 'charity', subjectId: id, data: { name: input.name } }, tx);
      return CharityOutput.from((await this.charities.findById(auth.organisationId, id, tx))!);
    });
  }

  update(auth: AuthContext, id: string, input: UpdateCharityInput): Promise<CharityOutput> {
    return this.dataSource.transaction(async (tx) => {
      await this.lockNames(auth, tx);
      if (!(await this.charities.findById(auth.organisationId, id, tx))) throw notFound('Charity');
      if (input.name && (await this.charities.nameTaken(auth.organisationId, input.name, id, tx))) throw nameTaken();
      await this.charities.update(auth.organisationId, id, input, tx);
      await this.audit.record(auth.organisationId, { actorUserId: auth.userId, action: 'charity.updated', subjectType: 'charity', subjectId: id, data: { ...input } }, tx);
      return CharityOutput.from((await this.charities.findById(auth.organisationId, id, tx))!);
    });
  }

  /** Names are unique per organisation; the lock turns a simultaneous duplicate into a clear field error. */
  private async lockNames(auth: AuthContext, tx: Tx): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`charities:${auth.organisationId}`]);
  }
}
