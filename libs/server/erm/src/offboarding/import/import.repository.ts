import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { managerOf, OrganisationId, Tx } from '@kring/server-database';
import { EmployeeImportEntity } from '../entities/employee-import.entity';
import type { ExistingPerson } from './import-planner';
import type { EmployeeValues, ImportCounts, ImportRowPlan } from './import-plan';

export type ImportSummaryRow = Omit<EmployeeImportEntity, 'rows'>;

const SUMMARY_COLUMNS = [
  'id', 'organisationId', 'createdByUserId', 'fileName', 'status', 'offboardLeavers', 'offboardMissing', 'businessDate',
  'totalRows', 'counts', 'processed', 'applyRequestedAt', 'appliedByUserId', 'completedAt', 'lastError', 'createdAt', 'updatedAt',
] as const;

@Injectable()
export class ImportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** People an HR file can refer to: everyone with an employee number, and everyone with one of the file's emails. */
  existing(organisationId: OrganisationId, emails: readonly string[], tx?: Tx): Promise<ExistingPerson[]> {
    return managerOf(this.dataSource, tx).query(
      `SELECT p.id, p.employee_number AS "employeeNumber", p.first_name AS "firstName", p.last_name AS "lastName", p.email, p.department,
              p.location, p.employment_type AS "employmentType", p.start_date::text AS "startDate", p.phase,
              o.leaving_date::text AS "scheduledLeavingDate"
         FROM people p
         LEFT JOIN offboardings o ON o.organisation_id = p.organisation_id AND o.person_id = p.id AND o.status = 'scheduled'
        WHERE p.organisation_id = $1 AND (p.employee_number IS NOT NULL OR p.email = ANY($2::text[]))`,
      [organisationId, emails],
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
  async rows(organisationId: OrganisationId, id: string, from: number, count: number, onlyNotable: boolean, tx?: Tx): Promise<{ rows: Array<ImportRowPlan & { index: number }>; matching: number }> {
    const filter = onlyNotable
      ? `AND (r.value->>'action' <> 'unchanged' OR r.value->>'offboardOn' IS NOT NULL OR jsonb_array_length(r.value->'notes') > 0)`
      : '';
    const result: Array<{ plan: ImportRowPlan; ord: number; matching: number }> = await managerOf(this.dataSource, tx).query(
      `SELECT r.value AS plan, (r.ord - 1)::int AS ord, count(*) OVER ()::int AS matching
         FROM employee_imports i, jsonb_array_elements(i.rows) WITH ORDINALITY AS r(value, ord)
        WHERE i.organisation_id = $1 AND i.id = $2 ${filter}
        ORDER BY r.ord OFFSET $3 LIMIT $4`,
      [organisationId, id, from, count],
    );
    return { rows: result.map((r) => ({ ...r.plan, index: r.ord })), matching: result[0]?.matching ?? 0 };
  }

  async planLength(organisationId: OrganisationId, id: string, tx: Tx): Promise<number> {
    const [row]: Array<{ n: number }> = await tx.query(`SELECT jsonb_array_length(rows)::int AS n FROM employee_imports WHERE organisation_id = $1 AND id = $2`, [organisationId, id]);
    return row?.n ?? 0;
  }

  async update(organisationId: OrganisationId, id: string, patch: Partial<Pick<EmployeeImportEntity, 'status' | 'processed' | 'applyRequestedAt' | 'appliedByUserId' | 'completedAt' | 'lastError' | 'counts'>>, at: Date, tx?: Tx): Promise<void> {
    await managerOf(this.dataSource, tx).update(EmployeeImportEntity, { organisationId, id }, { ...patch, updatedAt: at });
  }

  /**
   * Creates the person; null when someone with this email appeared since the dry run (the caller then
   * updates that person instead, if they have no other employee number).
   */
  async createPerson(organisationId: OrganisationId, values: EmployeeValues, at: Date, tx: Tx): Promise<string | null> {
    const [row]: Array<{ id: string }> = await tx.query(
      `INSERT INTO people (organisation_id, first_name, last_name, email, employee_number, department, location, employment_type, start_date, source, phase_changed_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'import', $10, $10, $10)
       ON CONFLICT (organisation_id, email) WHERE email IS NOT NULL DO NOTHING RETURNING id`,
      [organisationId, values.firstName, values.lastName, values.email, values.employeeNumber, values.department, values.location, values.employmentType, values.startDate, at],
    );
    return row?.id ?? null;
  }

  async personByEmailWithoutNumber(organisationId: OrganisationId, email: string, tx: Tx): Promise<string | null> {
    const rows: Array<{ id: string }> = await tx.query(`SELECT id FROM people WHERE organisation_id = $1 AND email = $2 AND employee_number IS NULL`, [organisationId, email]);
    return rows[0]?.id ?? null;
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

  async personByEmployeeNumber(organisationId: OrganisationId, employeeNumber: string, tx: Tx): Promise<string | null> {
    const rows: Array<{ id: string }> = await tx.query(`SELECT id FROM people WHERE organisation_id = $1 AND employee_number = $2`, [organisationId, employeeNumber]);
    return rows[0]?.id ?? null;
  }
}

export type { ImportCounts };
