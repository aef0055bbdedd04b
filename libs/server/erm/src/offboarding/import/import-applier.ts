import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@kring/server-config';
import { AuditRepository, OrganisationId, PhasesRepository, Tx } from '@kring/server-database';
import { DomainError } from '@kring/shared-domain';
import { OffboardingExecutor } from '../offboarding-executor';
import { OffboardingService } from '../offboarding.service';
import type { ImportRowPlan } from './import-plan';
import { ImportRepository } from './import.repository';

export const IMPORT_BATCH_SIZE = 200;

/**
 * The apply job. Works through the stored plan in batches; each batch and its progress counter commit
 * together, so a retried or duplicated job continues where the last commit ended and never applies a row
 * twice. It writes exactly the values the dry run showed.
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
    const record = await this.imports.summary(organisationId, importId, tx, true);
    if (!record || record.status !== 'applying') return false;
    const now = this.clock.now();
    const { rows } = await this.imports.rows(organisationId, importId, record.processed, IMPORT_BATCH_SIZE, false, tx);
    const actor = { organisationId, userId: record.appliedByUserId ?? record.createdByUserId ?? '' };
    for (const plan of rows) await this.applyRow(actor, record.fileName, plan, now, tx);
    const processed = record.processed + rows.length;
    const done = processed >= record.totalRows;
    await this.imports.update(organisationId, importId, { processed, ...(done ? { status: 'applied', completedAt: now } : {}) }, now, tx);
    if (done) {
      await this.audit.record(organisationId, { actorUserId: record.appliedByUserId, action: 'employee_import.applied', subjectType: 'employee_import', subjectId: importId, data: { counts: record.counts } }, tx);
    }
    return !done;
  }

  private async applyRow(actor: { organisationId: OrganisationId; userId: string }, fileName: string, plan: ImportRowPlan, now: Date, tx: Tx): Promise<void> {
    if (plan.action === 'error') return;
    const { organisationId } = actor;
    const userId = actor.userId || null;
    let personId = plan.personId;
    if (plan.values) {
      personId ??= await this.imports.personByEmployeeNumber(organisationId, plan.values.employeeNumber, tx);
      if (!personId) {
        personId = await this.imports.createPerson(organisationId, plan.values, now, tx);
        if (!personId) {
          // The email was taken after the dry run: take over that person only if no other employee holds it.
          personId = await this.imports.personByEmailWithoutNumber(organisationId, plan.values.email!, tx);
          if (!personId) return;
          await this.imports.updatePerson(organisationId, personId, plan.values, now, tx);
        }
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
      try {
        await this.offboardings.schedule(
          { organisationId, userId: userId ?? '' },
          { personId, leavingDate: plan.offboardOn, reason: plan.line === null ? 'other' : 'end_of_contract', eligibleForRehire: true, note: `Import: ${fileName}`, source: 'import', anyPastDate: true },
          tx,
        );
      } catch (error) {
        // Someone already offboarded or scheduled meanwhile: nothing left to do for this row.
        if (!(error instanceof DomainError)) throw error;
      }
    }
  }
}
