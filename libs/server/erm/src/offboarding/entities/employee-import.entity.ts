import { Column, Entity } from 'typeorm';
import { OrganisationScopedEntity } from '@kring/server-database';
import type { ImportCounts, ImportOutcome, ImportRowPlan, ImportStatus } from '../import/import-plan';

/** One uploaded HR file: its dry run (the plan per row) and, once applied, the progress of the apply job. */
@Entity('employee_imports')
export class EmployeeImportEntity extends OrganisationScopedEntity {
  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @Column({ type: 'text' })
  fileName: string;

  @Column({ type: 'text', default: 'dry_run' })
  status: ImportStatus;

  @Column({ type: 'boolean', default: false })
  offboardLeavers: boolean;

  @Column({ type: 'boolean', default: false })
  offboardMissing: boolean;

  /** The Amsterdam day the dry run was computed for ("past" end dates are relative to it). */
  @Column({ type: 'date' })
  businessDate: string;

  @Column({ type: 'integer' })
  totalRows: number;

  @Column({ type: 'jsonb', default: {} })
  counts: ImportCounts;

  @Column({ type: 'jsonb', default: [] })
  rows: ImportRowPlan[];

  @Column({ type: 'integer', default: 0 })
  processed: number;

  /** Entries the apply carried out (error rows and skipped entries excluded). */
  @Column({ type: 'integer', default: 0 })
  appliedCount: number;

  @Column({ type: 'integer', default: 0 })
  skippedCount: number;

  /** What the apply did with each entry of `rows`, in the same order (appended batch by batch). */
  @Column({ type: 'jsonb', default: [] })
  outcomes: ImportOutcome[];

  @Column({ type: 'timestamptz', nullable: true })
  applyRequestedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  appliedByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}
