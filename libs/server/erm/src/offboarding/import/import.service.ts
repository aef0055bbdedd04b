import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository, OrganisationId } from '@kring/server-database';
import { JobQueue, QueueNames } from '@kring/server-queue';
import { notFound } from '@kring/shared-domain';
import { businessDate } from '../offboarding.constants';
import { importNotApplicable } from '../offboarding.errors';
import { readEmployeeFile } from './employee-csv';
import { ImportIdParams, ImportRowsQuery, UploadEmployeeImportInput } from './import.inputs';
import { EmployeeImportOutput, EmployeeImportRowsOutput } from './import.outputs';
import { countPlans } from './import-plan';
import { planImport } from './import-planner';
import { ImportRepository, ImportSummaryRow } from './import.repository';

export interface Actor {
  organisationId: OrganisationId;
  userId: string;
}

/** The apply job's limits: a job that has not finished within all its attempts is dead. */
export const IMPORT_JOB_EXPIRE_SECONDS = 30 * 60;
export const IMPORT_JOB_RETRY_LIMIT = 3;
export const IMPORT_JOB_RETRY_DELAY_SECONDS = 30;
/** An import still `applying` this long after apply was requested is marked failed (its job died); HR may retry. */
export const IMPORT_STALE_MS = (IMPORT_JOB_RETRY_LIMIT + 1) * (IMPORT_JOB_EXPIRE_SECONDS + IMPORT_JOB_RETRY_DELAY_SECONDS) * 1000 + 5 * 60_000;
export const IMPORT_STALE_ERROR = 'The apply job stopped before finishing (it expired); apply again to continue';

/** pg-boss payload of an import being applied. */
export interface ImportJobData {
  organisationId: string;
  importId: string;
}

/** Upload → stored dry run (changes nothing) → apply (a job, in batches, with progress). */
@Injectable()
export class ImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly imports: ImportRepository,
    private readonly queue: JobQueue,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async dryRun(actor: Actor, input: UploadEmployeeImportInput): Promise<EmployeeImportOutput> {
    const rows = readEmployeeFile(input.file.data);
    const emails = [...new Set(rows.map((r) => r.values.email).filter((e): e is string => !!e))];
    const now = this.clock.now();
    const today = businessDate(now);
    const existing = await this.imports.existing(actor.organisationId, emails);
    const options = { offboardLeavers: input.offboardLeavers ?? false, offboardMissing: input.offboardMissing ?? false, today };
    const plans = planImport(rows, existing, options);
    const fileName = (input.file.filename || 'import.csv').slice(0, 255);
    const id = await this.imports.insert(
      actor.organisationId,
      { createdByUserId: actor.userId, fileName, offboardLeavers: options.offboardLeavers, offboardMissing: options.offboardMissing, businessDate: today, totalRows: plans.length, counts: countPlans(plans), rows: plans },
      now,
    );
    await this.audit.record(actor.organisationId, { actorUserId: actor.userId, action: 'employee_import.dry_run', subjectType: 'employee_import', subjectId: id, data: { fileName, counts: countPlans(plans) } });
    return this.get(actor, id);
  }

  async list(actor: Actor): Promise<EmployeeImportOutput[]> {
    await this.imports.failStale(actor.organisationId, null, new Date(this.clock.now().getTime() - IMPORT_STALE_MS), IMPORT_STALE_ERROR, this.clock.now());
    return (await this.imports.list(actor.organisationId, 50)).map(toOutput);
  }

  async get(actor: Actor, id: string): Promise<EmployeeImportOutput> {
    await this.imports.failStale(actor.organisationId, id, new Date(this.clock.now().getTime() - IMPORT_STALE_MS), IMPORT_STALE_ERROR, this.clock.now());
    const row = await this.imports.summary(actor.organisationId, id);
    if (!row) throw notFound('Import');
    return toOutput(row);
  }

  async rows(actor: Actor, params: ImportIdParams, query: ImportRowsQuery): Promise<EmployeeImportRowsOutput> {
    await this.get(actor, params.id);
    const { rows, matching } = await this.imports.rows(actor.organisationId, params.id, query.offset ?? 0, query.limit ?? 200, query.show === 'notable');
    return {
      total: matching,
      items: rows.map((r) => ({
        index: r.index,
        line: r.line,
        employeeNumber: r.employeeNumber,
        name: r.name,
        action: r.action,
        personId: r.personId,
        changes: r.changes,
        errors: r.errors.map((e) => ({ field: e.field, code: e.code, params: e.params ?? {}, message: e.message })),
        offboardOn: r.offboardOn,
        notes: r.notes,
        emailMatch: r.emailMatch ?? null,
        outcome: r.outcome ? { status: r.outcome.status, reason: r.outcome.reason, code: r.outcome.code ?? null } : null,
      })),
    };
  }

  /**
   * Starts applying a dry run (or retries a failed one, continuing after its last committed batch).
   * Idempotent: the import row is locked, so of concurrent requests one sends the job and the others see
   * `applying` and return it as it is. (The job's singleton key does not deduplicate on pg-boss 10 standard
   * queues; the row lock here and in the job is the guarantee.) A dry run from an earlier day is refused
   * (what "past end date" means has changed): upload the file again.
   */
  async apply(actor: Actor, id: string): Promise<EmployeeImportOutput> {
    await this.dataSource.transaction(async (tx) => {
      const row = await this.imports.summary(actor.organisationId, id, tx, true);
      if (!row) throw notFound('Import');
      if (row.status === 'applying' || row.status === 'applied') return;
      const now = this.clock.now();
      if (row.businessDate !== businessDate(now)) throw importNotApplicable('a dry run of an earlier day; upload the file again');
      await this.imports.update(actor.organisationId, id, { status: 'applying', applyRequestedAt: now, appliedByUserId: actor.userId, lastError: null }, now, tx);
      await this.queue.send<ImportJobData>(QueueNames.ermImport, { organisationId: actor.organisationId, importId: id }, { singletonKey: `erm-import:${id}`, retryLimit: IMPORT_JOB_RETRY_LIMIT, retryDelay: IMPORT_JOB_RETRY_DELAY_SECONDS, expireInSeconds: IMPORT_JOB_EXPIRE_SECONDS }, tx);
      await this.audit.record(actor.organisationId, { actorUserId: actor.userId, action: 'employee_import.apply_requested', subjectType: 'employee_import', subjectId: id }, tx);
    });
    return this.get(actor, id);
  }
}

function toOutput(row: ImportSummaryRow): EmployeeImportOutput {
  return {
    id: row.id,
    fileName: row.fileName,
    status: row.status,
    offboardLeavers: row.offboardLeavers,
    offboardMissing: row.offboardMissing,
    businessDate: row.businessDate,
    total: row.totalRows,
    processed: row.processed,
    applied: row.appliedCount,
    skipped: row.skippedCount,
    counts: row.counts,
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt ? row.completedAt.toISOString() : null,
    lastError: row.lastError,
  };
}
