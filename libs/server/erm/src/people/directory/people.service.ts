import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository, OrganisationId, PhasesRepository, TouchpointsRepository, Tx } from '@kring/server-database';
import type { AuthContext } from '@kring/server-identity';
import { DomainError, ErrorCodes, normaliseEmail, type Phase } from '@kring/shared-domain';
import { personEmailTaken, personNotFound, phaseChangeNeedsProcess } from '../people.errors';
import { CreatePersonInput, UpdatePersonInput } from './inputs/person.input';
import { ListPeopleInput } from './inputs/list-people.input';
import { LogTouchpointInput, MovePersonInput } from './inputs/bulk.input';
import {
  iso,
  MovePeopleOutput,
  PersonDetailOutput,
  PersonListOutput,
  PersonOutput,
  TouchpointsLoggedOutput,
} from './outputs/person.output';
import { PeopleDirectoryRepository, PersonProfileChanges } from './people-directory.repository';

/** Phases a person with an account enters or leaves only through hiring (entry, employment) or offboarding (exit). */
const PHASES_NEEDING_PROCESS: ReadonlySet<Phase> = new Set<Phase>(['entry', 'employment', 'exit']);

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

/** HR's people: list under a filter, read, add by hand, edit, move between phases and log touchpoints, one or many at once. */
@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: PeopleDirectoryRepository,
    private readonly phases: PhasesRepository,
    private readonly touchpoints: TouchpointsRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async list(auth: AuthContext, input: ListPeopleInput): Promise<PersonListOutput> {
    const { limit = 25, offset = 0, ...filter } = input;
    const { items, total } = await this.directory.search(auth.organisationId, filter, this.clock.now(), { limit, offset });
    return { items: items.map(PersonOutput.from), total };
  }

  async get(auth: AuthContext, id: string): Promise<PersonDetailOutput> {
    const now = this.clock.now();
    const person = await this.directory.findById(auth.organisationId, id, now);
    if (!person) throw personNotFound();
    const [history, consents, hasAccount] = await Promise.all([
      this.directory.phaseHistory(auth.organisationId, id),
      this.directory.consents(auth.organisationId, id, now),
      this.directory.hasAccount(auth.organisationId, id),
    ]);
    return {
      ...PersonOutput.from(person),
      phaseHistory: history.map((row) => ({ ...row, occurredAt: iso(row.occurredAt)! })),
      consents: consents.map((row) => ({ ...row, givenAt: iso(row.givenAt), expiresAt: iso(row.expiresAt), withdrawnAt: iso(row.withdrawnAt) })),
      hasAccount,
    };
  }

  async create(auth: AuthContext, input: CreatePersonInput): Promise<PersonDetailOutput> {
    const email = input.email ? normaliseEmail(input.email) : null;
    const id = await this.dataSource.transaction(async (tx) => {
      const created = await this.directory.insert(
        auth.organisationId,
        { ...input, email, phase: input.phase ?? 'information', at: this.clock.now() },
        tx,
      );
      if (!created) throw personEmailTaken((await this.directory.findIdByEmail(auth.organisationId, email!, tx))!);
      await this.record(auth, 'person.created', created, { phase: input.phase ?? 'information' }, tx);
      return created;
    });
    return this.get(auth, id);
  }

  async update(auth: AuthContext, id: string, input: UpdatePersonInput): Promise<PersonDetailOutput> {
    const nulls = (['firstName', 'lastName', 'locale', 'skills', 'tags'] as const).filter((field) => input[field] === null);
    if (nulls.length) {
      throw new DomainError(
        'validation',
        ErrorCodes.validationFailed,
        'The request has invalid fields',
        nulls.map((field) => ({ field, message: 'must not be null' })),
      );
    }
    const changes: PersonProfileChanges = { ...input };
    if (input.email) changes.email = normaliseEmail(input.email);
    await this.dataSource.transaction(async (tx) => {
      await this.find(auth.organisationId, id, tx);
      if (changes.email) {
        const owner = await this.directory.findIdByEmail(auth.organisationId, changes.email, tx);
        if (owner && owner !== id) throw personEmailTaken(owner);
      }
      if (Object.keys(changes).length === 0) return;
      try {
        await this.directory.update(auth.organisationId, id, changes, this.clock.now(), tx);
      } catch (error) {
        if (isUniqueViolation(error) && changes.email) {
          throw personEmailTaken((await this.directory.findIdByEmail(auth.organisationId, changes.email))!);
        }
        throw error;
      }
      await this.record(auth, 'person.updated', id, { fields: Object.keys(changes) }, tx);
    });
    return this.get(auth, id);
  }

  /**
   * Moves people by hand (cause `manual`); ids of other organisations are counted as ignored, people already there
   * as unchanged. People with a user account are not moved into or out of entry, employment or exit by hand:
   * those changes carry roles, sessions and boomerang rules that only hiring and offboarding apply. They are listed
   * as refused (a single move answers 409 phase_change_needs_process). People without an account move freely.
   */
  async move(auth: AuthContext, personIds: readonly string[], input: MovePersonInput): Promise<MovePeopleOutput> {
    const unique = [...new Set(personIds)];
    return this.dataSource.transaction(async (tx) => {
      const existing = await this.directory.phasesForMove(auth.organisationId, unique, tx);
      const refused = existing.filter((p) => p.hasAccount && p.phase !== input.to && (PHASES_NEEDING_PROCESS.has(p.phase) || PHASES_NEEDING_PROCESS.has(input.to)));
      const refusedIds = new Set(refused.map((p) => p.id));
      const moved = await this.phases.move(
        auth.organisationId,
        existing.filter((p) => !refusedIds.has(p.id)).map((p) => p.id),
        { to: input.to, cause: 'manual', at: this.clock.now(), actorUserId: auth.userId, reason: input.reason },
        tx,
      );
      if (moved.length) {
        await this.audit.record(
          auth.organisationId,
          { actorUserId: auth.userId, action: 'people.phase_moved', subjectType: 'person', subjectId: moved.length === 1 ? moved[0]!.personId : null, data: { to: input.to, count: moved.length } },
          tx,
        );
      }
      return {
        moved,
        unchanged: existing.length - refused.length - moved.length,
        ignored: unique.length - existing.length,
        refused: [...refusedIds],
      };
    });
  }

  async moveOne(auth: AuthContext, id: string, input: MovePersonInput): Promise<MovePeopleOutput> {
    await this.find(auth.organisationId, id);
    const result = await this.move(auth, [id], input);
    if (result.refused.length) throw phaseChangeNeedsProcess();
    return result;
  }

  async logTouchpointFor(auth: AuthContext, id: string, input: LogTouchpointInput): Promise<TouchpointsLoggedOutput> {
    await this.find(auth.organisationId, id);
    return this.logTouchpoint(auth, [id], input);
  }

  /** One manual touchpoint per person, all in one statement; ids of other organisations and erasure tombstones are ignored. */
  async logTouchpoint(auth: AuthContext, personIds: readonly string[], input: LogTouchpointInput, tx?: Tx): Promise<TouchpointsLoggedOutput> {
    const now = this.clock.now();
    if (input.occurredAt && input.occurredAt.getTime() > now.getTime() + 60_000) {
      throw new DomainError('validation', ErrorCodes.validationFailed, 'The request has invalid fields', [
        { field: 'occurredAt', message: 'must not be in the future' },
      ]);
    }
    const recorded = await this.touchpoints.record(
      auth.organisationId,
      await this.directory.existing(auth.organisationId, [...new Set(personIds)], tx),
      { kind: 'manual', channel: input.channel, occurredAt: input.occurredAt ?? now, actorUserId: auth.userId, note: input.note },
      tx,
    );
    return { recorded };
  }

  private async find(organisationId: OrganisationId, id: string, tx?: Tx): Promise<void> {
    const rows = await this.directory.existing(organisationId, [id], tx);
    if (rows.length === 0) throw personNotFound();
  }

  private record(auth: AuthContext, action: string, personId: string, data: Record<string, unknown>, tx: Tx) {
    return this.audit.record(auth.organisationId, { actorUserId: auth.userId, action, subjectType: 'person', subjectId: personId, data }, tx);
  }
}
