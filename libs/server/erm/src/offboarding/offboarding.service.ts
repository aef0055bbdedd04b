import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository, OrganisationId, Tx } from '@kring/server-database';
import { notFound } from '@kring/shared-domain';
import { CreateOffboardingInput, ListEmployeesInput, ListOffboardingsInput, UpdateOffboardingInput } from './inputs/offboarding.input';
import { OffboardingExecutor } from './offboarding-executor';
import { alreadyScheduled, cannotOffboardLastHrAdmin, cannotOffboardSelf, notAnEmployee, notScheduled, pastLeavingDateNotAllowed, privateEmailTaken } from './offboarding.errors';
import { businessDate, type OffboardingReason } from './offboarding.constants';
import { EmployeeRow, OffboardingRepository, OffboardingRow } from './offboarding.repository';
import { EmployeeListOutput, EmployeeOutput, OffboardingOutput } from './outputs/offboarding.output';

export interface Actor {
  organisationId: OrganisationId;
  userId: string;
}

export interface NewOffboarding {
  personId: string;
  leavingDate: string;
  reason: OffboardingReason;
  eligibleForRehire: boolean;
  note?: string | null;
  /** Gets the stay-in-touch mail and becomes the alumnus login email. */
  privateEmail?: string | null;
  source: 'hr' | 'import';
  /** The import may record leavers whose end date is long past. */
  anyPastDate?: boolean;
}

const YEAR_MS = 366 * 86_400_000;

/**
 * HR records, changes and cancels leavers. The leaving date is the last working day: the offboarding takes
 * effect the day after (Europe/Amsterdam), so a leaving date before today takes effect at once.
 */
@Injectable()
export class OffboardingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly offboardings: OffboardingRepository,
    private readonly executor: OffboardingExecutor,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, input: CreateOffboardingInput): Promise<OffboardingOutput> {
    const id = await this.dataSource.transaction((tx) => this.schedule(actor, { ...input, source: 'hr' }, tx));
    return this.get(actor, id);
  }

  /** Records a leaver in the caller's transaction (HR form or import) and carries it out when already due. */
  async schedule(actor: Actor, input: NewOffboarding, tx: Tx): Promise<string> {
    if (!input.anyPastDate) this.checkDate(input.leavingDate);
    const actorUserId = actor.userId || null;
    // Lock the person so two requests for the same leaver queue up instead of racing the unique index.
    const [person]: Array<{ phase: string }> = await tx.query(`SELECT phase FROM people WHERE organisation_id = $1 AND id = $2 FOR UPDATE`, [actor.organisationId, input.personId]);
    if (!person) throw notFound('Person');
    if (person.phase !== 'entry' && person.phase !== 'employment') throw notAnEmployee();
    if (await this.offboardings.scheduledFor(actor.organisationId, input.personId, tx)) throw alreadyScheduled();
    await this.checkAccess(actor, input.personId, tx);
    if (input.privateEmail) await this.checkPrivateEmail(actor, input.personId, input.privateEmail, tx);
    const now = this.clock.now();
    const id = await this.offboardings.insert(
      actor.organisationId,
      { personId: input.personId, leavingDate: input.leavingDate, reason: input.reason, eligibleForRehire: input.eligibleForRehire, note: input.note ?? null, privateEmail: input.privateEmail ?? null, source: input.source, createdByUserId: actorUserId },
      now,
      tx,
    );
    await this.audit.record(actor.organisationId, { actorUserId, action: 'offboarding.scheduled', subjectType: 'person', subjectId: input.personId, data: { offboardingId: id, leavingDate: input.leavingDate, reason: input.reason, eligibleForRehire: input.eligibleForRehire, source: input.source } }, tx);
    await this.executor.executeIfDue(actor.organisationId, id, tx);
    return id;
  }

  async update(actor: Actor, id: string, input: UpdateOffboardingInput): Promise<OffboardingOutput> {
    await this.dataSource.transaction(async (tx) => {
      const current = await this.offboardings.find(actor.organisationId, id, tx, true);
      if (!current) throw notFound('Offboarding');
      if (current.status !== 'scheduled') throw notScheduled();
      if (input.leavingDate) this.checkDate(input.leavingDate);
      if (input.privateEmail) await this.checkPrivateEmail(actor, current.personId, input.privateEmail, tx);
      const now = this.clock.now();
      const patch = {
        ...(input.leavingDate !== undefined ? { leavingDate: input.leavingDate } : {}),
        ...(input.reason !== undefined ? { reason: input.reason } : {}),
        ...(input.eligibleForRehire !== undefined ? { eligibleForRehire: input.eligibleForRehire } : {}),
        ...(input.note !== undefined ? { note: input.note } : {}),
        ...(input.privateEmail !== undefined ? { privateEmail: input.privateEmail } : {}),
      };
      await this.offboardings.update(actor.organisationId, id, patch, now, tx);
      await this.audit.record(actor.organisationId, { actorUserId: actor.userId, action: 'offboarding.changed', subjectType: 'person', subjectId: current.personId, data: { offboardingId: id, ...patch } }, tx);
      await this.executor.executeIfDue(actor.organisationId, id, tx);
    });
    return this.get(actor, id);
  }

  async cancel(actor: Actor, id: string): Promise<OffboardingOutput> {
    await this.dataSource.transaction(async (tx) => {
      const current = await this.offboardings.find(actor.organisationId, id, tx, true);
      if (!current) throw notFound('Offboarding');
      if (current.status !== 'scheduled') throw notScheduled();
      const now = this.clock.now();
      await this.offboardings.update(actor.organisationId, id, { status: 'cancelled', cancelledAt: now }, now, tx);
      await this.audit.record(actor.organisationId, { actorUserId: actor.userId, action: 'offboarding.cancelled', subjectType: 'person', subjectId: current.personId, data: { offboardingId: id } }, tx);
    });
    return this.get(actor, id);
  }

  async get(actor: Actor, id: string): Promise<OffboardingOutput> {
    const row = await this.offboardings.find(actor.organisationId, id);
    if (!row) throw notFound('Offboarding');
    return toOutput(row);
  }

  async list(actor: Actor, input: ListOffboardingsInput): Promise<OffboardingOutput[]> {
    return (await this.offboardings.list(actor.organisationId, input, 500)).map(toOutput);
  }

  async employees(actor: Actor, input: ListEmployeesInput): Promise<EmployeeListOutput> {
    const q = input.q?.trim().replace(/[%_\\]/g, '\\$&') || undefined;
    const rows = await this.offboardings.employees(actor.organisationId, { q, includeAlumni: input.includeAlumni }, 500);
    const scheduled = await this.offboardings.list(actor.organisationId, { status: 'scheduled' }, 5000);
    const byPerson = new Map(scheduled.map((o) => [o.personId, o]));
    return { items: rows.map((row) => employeeOutput(row, byPerson.get(row.personId) ?? null)) };
  }

  /**
   * Nobody offboards their own account, and the organisation keeps at least one active HR admin. The active
   * HR admins are locked, so two HR admins offboarding each other at the same time queue up.
   */
  private async checkAccess(actor: Actor, personId: string, tx: Tx): Promise<void> {
    const admins: Array<{ id: string; person_id: string | null }> = await tx.query(
      `SELECT id, person_id FROM users WHERE organisation_id = $1 AND status = 'active' AND 'hr_admin' = ANY(roles) ORDER BY id FOR UPDATE`,
      [actor.organisationId],
    );
    if (actor.userId) {
      const [self]: Array<{ person_id: string | null }> = await tx.query(`SELECT person_id FROM users WHERE organisation_id = $1 AND id = $2`, [actor.organisationId, actor.userId]);
      if (self?.person_id === personId) throw cannotOffboardSelf();
    }
    const leaverIsAdmin = admins.some((a) => a.person_id === personId);
    if (leaverIsAdmin) {
      const scheduled: Array<{ person_id: string }> = await tx.query(
        `SELECT person_id FROM offboardings WHERE organisation_id = $1 AND status = 'scheduled' AND person_id = ANY($2::uuid[])`,
        [actor.organisationId, admins.map((a) => a.person_id).filter((id): id is string => !!id)],
      );
      const leaving = new Set([personId, ...scheduled.map((r) => r.person_id)]);
      // Admins already scheduled to leave do not count as the one who stays.
      if (!admins.some((a) => !a.person_id || !leaving.has(a.person_id))) throw cannotOffboardLastHrAdmin();
    }
  }

  /** The private email becomes a login email, so no other account may have it. */
  private async checkPrivateEmail(actor: Actor, personId: string, email: string, tx: Tx): Promise<void> {
    const [own]: Array<{ id: string }> = await tx.query(`SELECT id FROM users WHERE organisation_id = $1 AND person_id = $2`, [actor.organisationId, personId]);
    if (await this.offboardings.loginEmailTaken(email, own?.id ?? null, tx)) throw privateEmailTaken();
  }

  /** Leaving dates up to a year back are accepted (recording a leaver late); older ones are a typo. */
  private checkDate(leavingDate: string): void {
    const oldest = businessDate(new Date(this.clock.now().getTime() - YEAR_MS));
    if (leavingDate < oldest) throw pastLeavingDateNotAllowed();
  }
}

export function toOutput(row: OffboardingRow): OffboardingOutput {
  return {
    id: row.id,
    personId: row.personId,
    personName: row.personName,
    employeeNumber: row.employeeNumber,
    leavingDate: row.leavingDate,
    reason: row.reason,
    eligibleForRehire: row.eligibleForRehire,
    note: row.note,
    privateEmail: row.privateEmail,
    status: row.status,
    source: row.source,
    completedAt: row.completedAt ? new Date(row.completedAt).toISOString() : null,
    cancelledAt: row.cancelledAt ? new Date(row.cancelledAt).toISOString() : null,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

function employeeOutput(row: EmployeeRow, offboarding: OffboardingRow | null): EmployeeOutput {
  return {
    personId: row.personId,
    name: row.name,
    email: row.email,
    employeeNumber: row.employeeNumber,
    department: row.department,
    location: row.location,
    employmentType: row.employmentType,
    startDate: row.startDate,
    phase: row.phase,
    roles: row.roles ?? [],
    boomerangAt: row.boomerangAt ? new Date(row.boomerangAt).toISOString() : null,
    offboarding: offboarding ? toOutput(offboarding) : null,
  };
}
