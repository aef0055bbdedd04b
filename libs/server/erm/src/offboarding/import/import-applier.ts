import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository, OrganisationId, PhasesRepository, Tx } from '@kring/server-database';
import { DomainError, type Phase } from '@kring/shared-domain';
import { OffboardingExecutor } from '../offboarding-executor';
import { OffboardingService } from '../offboarding.service';
import type { ImportOutcome, ImportRowPlan, ImportSkipReason } from './import-plan';
import { ImportRepository } from './import.repository';

export const IMPORT_BATCH_SIZE = 200;

/**
 * The apply job. Works through the stored plan in batches; each batch, its outcomes and its progress counter
 * commit together, so a retried or duplicated job continues where the last commit ended and never applies a
 * row twice. It writes exactly the values the dry run showed, and skips (recording why) an entry whose person
 * changed since the dry run.
 */
@Injectable()
export class ImportApplier {
  private readonly logger = new Logger(ImportApplier.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly imports: ImportRepository,
    private readonly phases: PhasesRepository,
    private readonly offboardings: OffboardingService,
    private readonly executor: OffboardingExecutor,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async run(organisationId: OrganisationId, importId: string): Promise<void> {
    while (await this.runBatch(organisationId, importId));
  }

  /** Applies the next batch and its progress in one transaction; true while entries remain. */
  runBatch(organisationId: OrganisationId, importId: string): Promise<boolean> {
    return this.dataSource.transaction((tx) => this.batch(organisationId, importId, tx));
  }

  async fail(organisationId: OrganisationId, importId: string, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    this.logger.error({ message: 'employee import failed', importId, error: message, code: error instanceof DomainError ? error.code : undefined });
    await this.imports.update(organisationId, importId, { status: 'failed', lastError: message.slice(0, 1000) }, this.clock.now());
  }

  private async batch(organisationId: OrganisationId, importId: string, tx: Tx): Promise<boolean> {
    // The row lock serialises concurrent jobs (a duplicate or retried job waits, then continues after the last commit).
    const record = await this.imports.summary(organisationId, importId, tx, true);
    if (!record || record.status !== 'applying') return false;
    const now = this.clock.now();
    const { rows } = await this.imports.rows(organisationId, importId, record.processed, IMPORT_BATCH_SIZE, false, tx);
    const actor = { organisationId, userId: record.appliedByUserId ?? record.createdByUserId ?? '' };
    const outcomes: ImportOutcome[] = [];
    for (const plan of rows) outcomes.push(await this.applyRowSafely(actor, record.fileName, plan, now, tx));
    const processed = record.processed + rows.length;
    const done = processed >= record.totalRows;
    await this.imports.update(organisationId, importId, { processed, ...(done ? { status: 'applied', completedAt: now } : {}) }, now, tx);
    await this.imports.recordOutcomes(organisationId, importId, outcomes, tx);
    if (done) {
      const [totals]: Array<{ applied: number; skipped: number }> = await tx.query(`SELECT applied_count AS applied, skipped_count AS skipped FROM employee_imports WHERE organisation_id = $1 AND id = $2`, [organisationId, importId]);
      await this.audit.record(organisationId, { actorUserId: record.appliedByUserId, action: 'employee_import.applied', subjectType: 'employee_import', subjectId: importId, data: { counts: record.counts, ...totals } }, tx);
    }
    return !done;
  }

  /**
   * One entry in a savepoint: either everything it does is kept, or (a refusal) nothing is, and the entry is
   * recorded as skipped with the reason.
   */
  private async applyRowSafely(actor: { organisationId: OrganisationId; userId: string }, fileName: string, plan: ImportRowPlan, now: Date, tx: Tx): Promise<ImportOutcome> {
    if (plan.action === 'error') return { status: 'skipped', reason: 'error_row' };
    await tx.query('SAVEPOINT import_row');
    try {
      const skipped = await this.applyRow(actor, fileName, plan, now, tx);
      if (skipped) {
        await tx.query('ROLLBACK TO SAVEPOINT import_row');
        return { status: 'skipped', reason: skipped };
      }
      await tx.query('RELEASE SAVEPOINT import_row');
      return { status: 'applied', reason: null };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // E.g. someone scheduled this leaver meanwhile, or the last HR admin: recorded, and nothing of the row is kept.
      await tx.query('ROLLBACK TO SAVEPOINT import_row');
      return { status: 'skipped', reason: 'offboarding_refused', code: error.code };
    }
  }

  /** Applies one entry; returns a skip reason when the database no longer matches what the dry run saw. */
  private async applyRow(actor: { organisationId: OrganisationId; userId: string }, fileName: string, plan: ImportRowPlan, now: Date, tx: Tx): Promise<ImportSkipReason | null> {
    const { organisationId } = actor;
    const userId = actor.userId || null;
    let personId = plan.personId;
    if (personId) {
      const current = await this.imports.lockPerson(organisationId, personId, tx);
      if (!current || !matchesDryRun(plan, current)) return 'changed_since_dry_run';
    }
    if (plan.values) {
      if (!personId) {
        // Nobody had this number or email at the dry run; someone who has one now is not silently taken over.
        if (await this.imports.personByEmployeeNumber(organisationId, plan.values.employeeNumber, tx)) return 'changed_since_dry_run';
        personId = await this.imports.createPerson(organisationId, plan.values, now, tx);
        if (!personId) return 'email_in_use';
      } else if (plan.action !== 'unchanged') await this.imports.updatePerson(organisationId, personId, plan.values, now, tx);
      if (plan.toPhase) {
        const moved = await this.phases.move(organisationId, [personId], { to: plan.toPhase, cause: 'import', at: now, actorUserId: userId, reason: fileName }, tx);
        if (moved[0]?.boomerang) {
          await this.executor.restoreRehired(organisationId, [personId], tx);
          await this.audit.record(organisationId, { actorUserId: userId, action: 'offboarding.rehired', subjectType: 'person', subjectId: personId, data: { via: 'import' } }, tx);
        }
      }
    }
    if (plan.offboardOn && personId) {
      await this.offboardings.schedule(
        { organisationId, userId: userId ?? '' },
        { personId, leavingDate: plan.offboardOn, reason: plan.line === null ? 'other' : 'end_of_contract', eligibleForRehire: true, note: `Import: ${fileName}`, privateEmail: plan.values?.privateEmail ?? null, source: 'import', anyPastDate: true },
        tx,
      );
    }
    return null;
  }
}

/** The person still has the phase and the old values the dry run showed (plans of older versions lack fromPhase). */
function matchesDryRun(plan: ImportRowPlan, current: Record<string, unknown> & { phase: Phase }): boolean {
  if (plan.fromPhase !== undefined && plan.fromPhase !== current.phase) return false;
  for (const change of plan.changes) {
    const now = change.field === 'phase' ? current.phase : (current[change.field] as string | null);
    if ((now ?? null) !== change.from) return false;
  }
  return true;
}
