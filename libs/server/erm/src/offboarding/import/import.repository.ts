import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, OrganisationId, Tx } from '@kring/server-database';
import { EmployeeImportEntity } from '../entities/employee-import.entity';
import type { ExistingPerson } from './import-planner';
import type { EmployeeValues, ImportCounts, ImportOutcome, ImportRowPlan } from './import-plan';

export type ImportSummaryRow = Omit<EmployeeImportEntity, 'rows'>;

const SUMMARY_COLUMNS = [
  'id', 'organisationId', 'createdByUserId', 'fileName', 'status', 'offboardLeavers', 'offboardMissing', 'businessDate',
  'totalRows', 'counts', 'processed', 'appliedCount', 'skippedCount', 'applyRequestedAt', 'appliedByUserId', 'completedAt', 'lastError', 'createdAt', 'updatedAt',
] as const;

@Injectable()
export class ImportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** People an HR file can refer to: everyone with an employee number, and everyone with one of the file's emails. */
  existing(organisationId: OrganisationId, emails: readonly string[], tx?: Tx): Promise<ExistingPerson[]> {
    return managerOf(this.dataSource, tx).query(
      `SELECT p.id, p.employee_number AS "employeeNumber", p.first_name AS "firstName", p.last_name AS "lastName", p.email, p.department,
              p.location, p.employment_type AS "employmentType", p.start_date::text AS "startDate", p.phase,
              o.leaving_date::text AS "scheduledLeavingDate",
              (SELECT max(c.leaving_date)::text FROM offboardings c WHERE c.organisation_id = p.organisation_id AND c.person_id = p.id AND c.status = 'completed') AS "lastLeavingDate",
              coalesce(u.roles, '{}') AS roles
         FROM people p
         LEFT JOIN offboardings o ON o.organisation_id = p.organisation_id AND o.person_id = p.id AND o.status = 'scheduled'
         LEFT JOIN users u ON u.organisation_id = p.organisation_id AND u.person_id = p.id
        WHERE p.organisation_id = $1 AND (p.employee_number IS NOT NULL OR p.email = ANY($2::text[]))`,
      [organisationId, emails],
    );
  }

  /** One person as the planner sees them, locked for the rest of the apply transaction (the re-check). */
  async lockPerson(organisationId: OrganisationId, personId: string, tx: Tx): Promise<Omit<ExistingPerson, 'scheduledLeavingDate' | 'lastLeavingDate' | 'roles'> | null> {
    const rows = await tx.query(
      `SELECT p.id, p.employee_number AS "employeeNumber", p.first_name AS "firstName", p.last_name AS "lastName", p.email, p.department,
              p.location, p.employment_type AS "employmentType", p.start_date::text AS "startDate", p.phase
         FROM people p WHERE p.organisation_id = $1 AND p.id = $2 FOR UPDATE`,
      [organisationId, personId],
    );
    return rows[0] ?? null;
  }

  /** Appends the outcomes of a batch (same order as the plan) and counts them. */
  async recordOutcomes(organisationId: OrganisationId, id: string, outcomes: readonly ImportOutcome[], tx: Tx): Promise<void> {
    const applied = outcomes.filter((o) => o.status === 'applied').length;
    const skipped = outcomes.filter((o) => o.status === 'skipped' && o.reason !== 'error_row').length;
    await tx.query(
      `UPDATE employee_imports SET outcomes = outcomes || $3::jsonb, applied_count = applied_count + $4, skipped_count = skipped_count + $5
        WHERE organisation_id = $1 AND id = $2`,
      [organisationId, id, JSON.stringify(outcomes), applied, skipped],
    );
  }

  async insert(
    organisationId: OrganisationId,
    row: Pick<EmployeeImportEntity, 'createdByUserId' | 'fileName' | 'offboardLeavers' | 'offboardMissing' | 'businessDate' | 'totalRows' | 'counts' | 'rows'>,
    at: Date,
  ): Promise<string> {
    const result = await this.dataSource.manager.insert(EmployeeImportEntity, { ...row, organisationId, createdAt: at, updatedAt: at });
    return result.identifiers[0]!['id'] as string;
  }

  summary(organisationId: OrganisationId, id: string, tx?: Tx, lock = false): Promise<ImportSummaryRow | null> {
    return managerOf(this.dataSource, tx).findOne(EmployeeImportEntity, {
      select: [...SUMMARY_COLUMNS],
      where: { organisationId, id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  list(organisationId: OrganisationId, limit: number): Promise<ImportSummaryRow[]> {
    return this.dataSource.manager.find(EmployeeImportEntity, { select: [...SUMMARY_COLUMNS], where: { organisationId }, order: { createdAt: 'DESC' }, take: limit });
  }

  /** A slice of the stored plan (jsonb array elements; `ord` is the 0-based position). */
  async rows(organisationId: OrganisationId, id: string, from: number, count: number, onlyNotable: boolean, tx?: Tx): Promise<{ rows: Array<ImportRowPlan & { index: number; outcome: ImportOutcome | null }>; matching: number }> {
    const filter = onlyNotable
      ? `AND (r.value->>'action' <> 'unchanged' OR r.value->>'offboardOn' IS NOT NULL OR jsonb_array_length(r.value->'notes') > 0)`
      : '';
    const result: Array<{ plan: ImportRowPlan; ord: number; matching: number; outcome: ImportOutcome | null }> = await managerOf(this.dataSource, tx).query(
      `SELECT r.value AS plan, (r.ord - 1)::int AS ord, count(*) OVER ()::int AS matching, i.outcomes -> (r.ord - 1)::int AS outcome
         FROM employee_imports i, jsonb_array_elements(i.rows) WITH ORDINALITY AS r(value, ord)
        WHERE i.organisation_id = $1 AND i.id = $2 ${filter}
        ORDER BY r.ord OFFSET $3 LIMIT $4`,
      [organisationId, id, from, count],
    );
    return { rows: result.map((r) => ({ ...r.plan, index: r.ord, outcome: r.outcome ?? null })), matching: result[0]?.matching ?? 0 };
  }

  async planLength(organisationId: OrganisationId, id: string, tx: Tx): Promise<number> {
    const [row]: Array<{ n: number }> = await tx.query(`SELECT jsonb_array_length(rows)::int AS n FROM employee_imports WHERE organisation_id = $1 AND id = $2`, [organisationId, id]);
    return row?.n ?? 0;
  }

  async update(organisationId: OrganisationId, id: string, patch: Partial<Pick<EmployeeImportEntity, 'status' | 'processed' | 'applyRequestedAt' | 'appliedByUserId' | 'completedAt' | 'lastError' | 'counts'>>, at: Date, tx?: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).update(EmployeeImportEntity, { organisationId, id }, { ...patch, updatedAt: at });
  }

  /** Creates the person; null when someone with this email or employee number appeared since the dry run. */
  async createPerson(organisationId: OrganisationId, values: EmployeeValues, at: Date, tx: Tx): Promise<string | null> {
    const [row]: Array<{ id: string }> = await tx.query(
      `INSERT INTO people (organisation_id, first_name, last_name, email, employee_number, department, location, employment_type, start_date, source, phase_changed_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'import', $10, $10, $10)
       ON CONFLICT DO NOTHING RETURNING id`,
      [organisationId, values.firstName, values.lastName, values.email, values.employeeNumber, values.department, values.location, values.employmentType, values.startDate, at],
    );
    return row?.id ?? null;
  }

  /** Writes the non-empty values of a row (an empty optional cell leaves the stored value alone). */
  async updatePerson(organisationId: OrganisationId, personId: string, values: EmployeeValues, at: Date, tx: Tx): Promise<void> {
    await tx.query(
      `UPDATE people SET employee_number = $3, first_name = $4, last_name = $5, email = coalesce($6, email), department = coalesce($7, department),
              location = coalesce($8, location), employment_type = coalesce($9, employment_type), start_date = coalesce($10::date, start_date), updated_at = $11
        WHERE organisation_id = $1 AND id = $2`,
      [organisationId, personId, values.employeeNumber, values.firstName, values.lastName, values.email, values.department, values.location, values.employmentType, values.startDate, at],
    );
  }

  /** Marks imports whose apply was requested before `before` and never finished as failed (their job died). */
  async failStale(organisationId: OrganisationId, id: string | null, before: Date, message: string, at: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE employee_imports SET status = 'failed', last_error = $4, updated_at = $5
        WHERE organisation_id = $1 AND ($2::uuid IS NULL OR id = $2) AND status = 'applying' AND apply_requested_at < $3`,
      [organisationId, id, before, message, at],
    );
  }

  async personByEmployeeNumber(organisationId: OrganisationId, employeeNumber: string, tx: Tx): Promise<string | null> {
    const rows: Array<{ id: string }> = await tx.query(`SELECT id FROM people WHERE organisation_id = $1 AND employee_number = $2`, [organisationId, employeeNumber]);
    return rows[0]?.id ?? null;
  }
}

export type { ImportCounts };
